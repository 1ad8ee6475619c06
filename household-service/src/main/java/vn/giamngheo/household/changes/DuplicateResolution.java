package vn.giamngheo.household.changes;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An officer's resolution of a possible duplicate: two people (DISTINCT), or the same person registered twice
 * (SAME_PERSON), whose record {@code removeMemberId} then leaves its household by a change request the chair approves.
 */
public record DuplicateResolution(
        @NotNull(message = "is required: SAME_PERSON or DISTINCT") @Pattern(regexp = "SAME_PERSON|DISTINCT", message = "must be SAME_PERSON or DISTINCT") String resolution,
        @NotBlank(message = "is required: how you know (e.g. checked at the village meeting)") @Size(max = 1000, message = "must be at most 1000 characters") String note,
        UUID removeMemberId) {
}

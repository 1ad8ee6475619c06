package vn.giamngheo.household.complaints;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A complaint as the commune records it: the decided round and household it is about, who complains, and why. */
public record ComplaintRequest(
        @NotNull(message = "is required: the decided round whose list is complained about") UUID roundId,
        @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String householdCode,
        @NotNull(message = "is required") @Valid Complainant complainant,
        @NotBlank(message = "is required: what the complaint says") @Size(max = 4000, message = "must be at most 4000 characters") String ground,
        @Pattern(regexp = "POOR|NEAR_POOR|AVERAGE_LIVING|NOT_POOR", message = "must be POOR, NEAR_POOR, AVERAGE_LIVING or NOT_POOR") String claimedStatus,
        @NotNull(message = "is required: the day the commune received it") LocalDate receivedOn,
        Boolean complex) {

    /** The household itself, or another resident named in the posting. */
    public record Complainant(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
            @NotNull(message = "is required: HOUSEHOLD or OTHER_RESIDENT") @Pattern(regexp = "HOUSEHOLD|OTHER_RESIDENT", message = "must be HOUSEHOLD or OTHER_RESIDENT") String relation) {
    }
}

package vn.giamngheo.household.registry;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.platform.events.payload.PovertyStatus;

/** An already recognised list (e.g. the list for 2022) loaded as the households' starting status. */
public record OpeningBalanceRequest(
        @NotNull(message = "is required") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String communeCode,
        @NotNull(message = "is required") @Min(value = 2021, message = "must be 2021 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer listYear,
        @NotBlank(message = "is required: the decision that recognised the list") @Size(max = 100, message = "must be at most 100 characters") String decisionNumber,
        @NotNull(message = "is required") LocalDate decisionDate,
        @NotEmpty(message = "must list the households") List<@Valid @NotNull(message = "must not be null") Entry> households) {

    /** A household of the list and its recognised status. */
    @Schema(name = "OpeningBalanceEntry")
    public record Entry(@NotNull(message = "is required") @Valid HouseholdInput household,
            @NotNull(message = "is required") PovertyStatus status) {
    }
}

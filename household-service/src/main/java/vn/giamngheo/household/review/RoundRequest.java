package vn.giamngheo.household.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Opens a commune's review round: the periodic one of a year, or the regular one of a month. */
public record RoundRequest(
        @NotNull(message = "is required") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String communeCode,
        @NotNull(message = "is required") @Pattern(regexp = "PERIODIC|REGULAR", message = "must be PERIODIC or REGULAR") String kind,
        @NotNull(message = "is required") @Min(value = 2021, message = "must be 2021 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer heldYear,
        @Min(value = 1, message = "must be 1 to 12") @Max(value = 12, message = "must be 1 to 12") Integer month) {
}

package vn.giamngheo.plan.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Work done against an output indicator: this report's quantity (not a running total), its date and a note. */
public record ProgressRequest(
        @NotBlank(message = "is required: the key of one of the plan's output indicators") String indicatorKey,
        @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be 0 or more") @Digits(integer = 16, fraction = 2, message = "must have at most 2 decimals") BigDecimal quantity,
        @NotNull(message = "is required") LocalDate reportedOn,
        @Size(max = 2000, message = "must be at most 2000 characters") String note) {
}

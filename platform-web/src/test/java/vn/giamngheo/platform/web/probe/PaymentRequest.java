package vn.giamngheo.platform.web.probe;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import vn.giamngheo.platform.events.payload.FundType;

/** A write request shaped like the platform's: codes, an integer amount, an enum, a date, a nested list. */
public record PaymentRequest(
        @NotNull(message = "is required") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String communeCode,
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String payee,
        @NotNull(message = "is required") @Positive(message = "must be more than 0 đồng") Long amountVnd,
        @NotNull(message = "is required") FundType fundType,
        @NotNull(message = "is required") LocalDate valueDate,
        List<@Valid Note> notes) {

    /** A free-text note on the payment. */
    public record Note(@NotBlank(message = "is required") String text) {
    }
}

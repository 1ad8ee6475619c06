package vn.giamngheo.funding.ledger;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.giamngheo.platform.web.rules.VndCeiling;

/** Giving back all or part of a payment, as a new ledger entry. */
public record ReversalRequest(
        @NotNull(message = "is required") @Positive(message = "must be more than 0 đồng") @Max(value = VndCeiling.MAX_VND, message = VndCeiling.MESSAGE) Long amountVnd,
        @NotNull(message = "is required") LocalDate valueDate,
        @NotBlank(message = "is required: say why the payment is reversed") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
}

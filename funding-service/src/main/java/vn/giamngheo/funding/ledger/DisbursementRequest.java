package vn.giamngheo.funding.ledger;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.giamngheo.platform.web.rules.VndCeiling;

/** A payment from an allocation. */
public record DisbursementRequest(
        @NotNull(message = "is required") @Positive(message = "must be more than 0 đồng") @Max(value = VndCeiling.MAX_VND, message = VndCeiling.MESSAGE) Long amountVnd,
        @NotNull(message = "is required") LocalDate valueDate,
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String payee,
        @NotBlank(message = "is required: the treasury's payment reference") @Size(max = 100, message = "must be at most 100 characters") String paymentReference) {
}

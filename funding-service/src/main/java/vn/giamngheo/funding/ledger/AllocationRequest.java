package vn.giamngheo.funding.ledger;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.giamngheo.platform.web.rules.VndCeiling;

/** Capital to assign from a budget line of an approved plan to an implementing unit, by a decision. */
public record AllocationRequest(
        @NotNull(message = "is required") UUID planId,
        @NotBlank(message = "is required, e.g. DA1.TDA1.INVESTMENT.UNSPECIFIED") @Size(max = 100, message = "must be at most 100 characters") String lineKey,
        @NotBlank(message = "is required: the commune or agency that spends the money") @Size(max = 300, message = "must be at most 300 characters") String implementingUnit,
        @NotNull(message = "is required") @Pattern(regexp = "^(\\d{2}|\\d{3}|\\d{5})$", message = "must be a GSO code of 2, 3 or 5 digits") String implementingAreaCode,
        @NotNull(message = "is required") @Positive(message = "must be more than 0 đồng") @Max(value = VndCeiling.MAX_VND, message = VndCeiling.MESSAGE) Long amountVnd,
        @NotBlank(message = "is required: the number of the assigning decision") @Size(max = 100, message = "must be at most 100 characters") String decisionNumber,
        @NotNull(message = "is required") LocalDate decisionDate) {
}

package vn.giamngheo.platform.events.payload;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Money assigned to, paid from, or given back to an allocation of a budget line. One shape serves three event
 * types: {@code funding.funds-allocated.v1} (the capital assigned, kế hoạch vốn giao),
 * {@code funding.funds-disbursed.v1} (a payment, giải ngân) and {@code funding.disbursement-reversed.v1} (a
 * reversal of a payment, with {@code reversedDisbursementId}). Amounts are positive integers of VND; a reversal's
 * amount is what it gives back. Keyed by the allocation id, so an allocation's ledger stays in order.
 *
 * @param entryId the allocation's id for an allocation; the disbursement's or reversal's own id otherwise
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FundsMovement(
        UUID entryId,
        UUID allocationId,
        UUID reversedDisbursementId,
        UUID planId,
        int planVersion,
        String planUnitCode,
        String lineKey,
        String projectCode,
        String subProjectCode,
        FundType fundType,
        FundSource fundSource,
        String implementingUnit,
        String implementingAreaCode,
        int year,
        long amountVnd,
        LocalDate valueDate,
        String decisionNumber) {
}

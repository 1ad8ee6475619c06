package vn.giamngheo.funding.ledger;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.funding.domain.Ratio;

/**
 * Money of an area's plans for a year: proposed (plans), assigned (allocations) and disbursed (ledger), with the
 * official disbursement rate (disbursed ÷ assigned) for ĐTPT and SN apart, and disbursed against the proposal.
 */
public record BalanceReport(
        @Schema(description = "The area reported on: the plan's unit, or the one asked (default the caller's)") String area,
        @Schema(description = "The year asked; null when none was") Integer year,
        @Schema(required = true) Row total,
        @Schema(required = true) List<Row> byFundType,
        @Schema(required = true) List<Row> byProject,
        @Schema(required = true, description = "Grouped by the implementing unit's code and name") List<Row> byImplementingUnit,
        @Schema(required = true) List<Row> byLine) {

    /** One group's money. */
    @Schema(name = "BalanceRow")
    public record Row(
            @Schema(required = true, description = "TOTAL, a fund type, a project code, a unit or a line key") String group,
            @Schema(required = true) String label,
            @Schema(required = true) long proposedVnd,
            @Schema(required = true) long assignedVnd,
            @Schema(required = true) long disbursedVnd,
            @Schema(required = true) long remainingVnd,
            @Schema(required = true, description = "Disbursed ÷ assigned, the official rate") Ratio disbursementRate,
            @Schema(required = true, description = "Disbursed ÷ proposed") Ratio disbursedOfProposed) {
    }
}

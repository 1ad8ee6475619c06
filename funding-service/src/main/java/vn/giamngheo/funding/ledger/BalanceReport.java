package vn.giamngheo.funding.ledger;

import java.util.List;

import vn.giamngheo.funding.domain.Ratio;

/**
 * Money of an area's plans for a year: proposed (plans), assigned (allocations) and disbursed (ledger), with the
 * official disbursement rate (disbursed ÷ assigned) for ĐTPT and SN apart, and disbursed against the proposal.
 */
public record BalanceReport(String area, Integer year, Row total, List<Row> byFundType, List<Row> byProject,
        List<Row> byImplementingUnit, List<Row> byLine) {

    /** One group's money. */
    public record Row(String group, String label, long proposedVnd, long assignedVnd, long disbursedVnd,
            long remainingVnd, Ratio disbursementRate, Ratio disbursedOfProposed) {
    }
}

package vn.giamngheo.reporting.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * Money of a unit's plans for a year: proposed (the plans), assigned and disbursed (funding), by project and
 * sub-project and by fund type, with the official disbursement rate (disbursed ÷ assigned), ĐTPT and SN apart.
 */
public record SpendingReport(String unitCode, String unitName, int year, Row total, List<Row> byFundType,
        List<Row> byProject, List<AreaRow> byImplementingArea, List<Indicator> outputIndicators) {

    /**
     * The money of the year's plans that a commune or agency within the unit was assigned and paid out, whichever
     * unit's plan it came from (a district's plan assigns much of its money to its communes).
     */
    public record AreaRow(String code, String name, long assignedVnd, long disbursedVnd,
            BigDecimal disbursementRatePercent) {
    }

    /** An output indicator of the unit's plans against the progress reported. */
    public record Indicator(String key, String projectCode, String subProjectCode, String description, String unit,
            BigDecimal target, boolean approximate, BigDecimal achieved, BigDecimal achievedPercent) {
    }

    /** One group's money; rates in percent, rounded for display (null where nothing was assigned or proposed). */
    public record Row(String group, String label, long proposedVnd, long assignedVnd, long disbursedVnd,
            BigDecimal disbursementRatePercent, BigDecimal disbursedOfProposedPercent) {
    }
}

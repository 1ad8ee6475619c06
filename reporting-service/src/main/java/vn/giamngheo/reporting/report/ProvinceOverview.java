package vn.giamngheo.reporting.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The province at a glance for a plan year: a row per district with its rates (from the list of year + 1) and their
 * change, how many of its plan's targets are met, and its disbursement rates, ĐTPT and SN apart.
 */
public record ProvinceOverview(String provinceCode, String provinceName, int planYear, int listYear, List<Row> districts) {

    /** One district. Rates in percent and changes in points, rounded for display; null where not known. */
    public record Row(String code, String name, Long residentHouseholds, BigDecimal poorRatePercent,
            BigDecimal poorChangePoints, BigDecimal nearPoorRatePercent, BigDecimal multidimensionalRatePercent,
            BigDecimal multidimensionalChangePoints, int targetsMet, int targets,
            BigDecimal investmentDisbursementRatePercent, BigDecimal recurrentDisbursementRatePercent,
            BigDecimal disbursementRatePercent) {
    }
}

package vn.giamngheo.reporting.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The province at a glance for a plan year, with the list of year + 1 that measures it.
 *
 * <p>Until the 2025 reform the province governed through districts: {@code grouping} is DISTRICTS, {@code districts}
 * holds a row per district (its poverty report and the money of its plans) and {@code communes} a row per commune.
 * From plan year 2025 — whose list, of 2026, the 56 communes and wards of the two-level government reviewed — the
 * grouping is COMMUNES: {@code communes} holds every commune of the province on the list's review day and
 * {@code districts} the former districts as an optional grouping for continuity (the successor communes that kept one
 * of their communes' codes). The poverty figures of the communes add up to {@code total}.
 *
 * <p>Money of a commune is what it was assigned and paid out as implementer, whichever plan it came from; of a district
 * (DISTRICTS) the money of the plans within it; of a former district (COMMUNES) its communes' and its agencies'.
 * {@code agencies} holds the money no commune received: the district agencies' (a row per district, also after the
 * reform for the plans of 2025) and the province's own. {@code trend} is the province's rates per list year with the
 * path its plans set: each year's rate target as a rate to reach. {@code standardEffect}: of the change of the
 * province's rates, what a new standard alone explains (the list of 2027), null where it moved nobody.
 * {@code deprivation}: the province's list by what its households lack, per indicator and per dimension.
 */
public record ProvinceOverview(String provinceCode, String provinceName, int planYear, int listYear,
        Grouping grouping, Row total, List<Row> districts, List<Row> communes, List<Agency> agencies,
        List<ListYear> trend, vn.giamngheo.reporting.domain.StandardEffect standardEffect,
        vn.giamngheo.reporting.domain.DeprivationStructure deprivation) {

    /** Which units the province's table lists first. */
    public enum Grouping {
        DISTRICTS, COMMUNES
    }

    /**
     * One unit. Rates in percent and changes in points, rounded for display; null where not known (no resident
     * households reported, nothing assigned).
     */
    public record Row(String code, String name, String formerDistrictCode, Long residentHouseholds,
            Long poorHouseholds, BigDecimal poorRatePercent, BigDecimal poorChangePoints, Long nearPoorHouseholds,
            BigDecimal nearPoorRatePercent, BigDecimal multidimensionalRatePercent,
            BigDecimal multidimensionalChangePoints, int targetsMet, int targets, long assignedVnd,
            long disbursedVnd, BigDecimal investmentDisbursementRatePercent,
            BigDecimal recurrentDisbursementRatePercent, BigDecimal disbursementRatePercent) {
    }

    /** Money assigned to a district's or the province's own agencies rather than to a commune. */
    public record Agency(String code, String name, long assignedVnd, long disbursedVnd,
            BigDecimal disbursementRatePercent) {
    }

    /** The province's list of a year, and the rates the plan of the year before aimed at. */
    public record ListYear(int listYear, Long residentHouseholds, BigDecimal poorRatePercent,
            BigDecimal nearPoorRatePercent, BigDecimal multidimensionalRatePercent, List<TargetPoint> targets) {
    }

    /** A rate target of the province's plan: the fall asked, the rate it leads to from the baseline, and the result. */
    public record TargetPoint(String kind, BigDecimal points, BigDecimal targetRatePercent, Boolean met) {
    }
}

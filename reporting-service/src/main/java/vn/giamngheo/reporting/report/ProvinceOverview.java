package vn.giamngheo.reporting.report;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
public record ProvinceOverview(
        @Schema(required = true, pattern = "^\\d{2}$") String provinceCode,
        @Schema(required = true) String provinceName,
        @Schema(required = true) int planYear,
        @Schema(required = true) int listYear,
        @Schema(required = true) Grouping grouping,
        @Schema(required = true) Row total,
        @Schema(required = true) List<Row> districts,
        @Schema(required = true) List<Row> communes,
        @Schema(required = true) List<Agency> agencies,
        @Schema(required = true) List<ListYear> trend,
        @Schema(description = "null where no household was moved by a new standard alone")
        vn.giamngheo.reporting.domain.StandardEffect standardEffect,
        @Schema(required = true) vn.giamngheo.reporting.domain.DeprivationStructure deprivation) {

    /** Which units the province's table lists first. */
    @Schema(name = "ProvinceGrouping")
    public enum Grouping {
        DISTRICTS, COMMUNES
    }

    /**
     * One unit. Rates in percent and changes in points, rounded for display; null where not known (no resident
     * households reported, nothing assigned).
     */
    @Schema(name = "ProvinceOverviewRow")
    public record Row(
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(description = "the former district a commune counts with after the reform; null otherwise")
            String formerDistrictCode,
            @Schema(description = "null where not reported") Long residentHouseholds,
            @Schema(description = "null where the unit has no list") Long poorHouseholds,
            BigDecimal poorRatePercent,
            BigDecimal poorChangePoints,
            @Schema(description = "null where the unit has no list") Long nearPoorHouseholds,
            BigDecimal nearPoorRatePercent,
            BigDecimal multidimensionalRatePercent,
            BigDecimal multidimensionalChangePoints,
            @Schema(required = true) int targetsMet,
            @Schema(required = true) int targets,
            @Schema(required = true) long assignedVnd,
            @Schema(required = true) long disbursedVnd,
            @Schema(description = "null where no ĐTPT money was assigned") BigDecimal investmentDisbursementRatePercent,
            @Schema(description = "null where no SN money was assigned") BigDecimal recurrentDisbursementRatePercent,
            @Schema(description = "null where nothing was assigned") BigDecimal disbursementRatePercent) {
    }

    /** Money assigned to a district's or the province's own agencies rather than to a commune. */
    @Schema(name = "AgencyMoney")
    public record Agency(
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) long assignedVnd,
            @Schema(required = true) long disbursedVnd,
            @Schema(description = "null where nothing was assigned") BigDecimal disbursementRatePercent) {
    }

    /** The province's list of a year, and the rates the plan of the year before aimed at. */
    @Schema(name = "TrendListYear")
    public record ListYear(
            @Schema(required = true) int listYear,
            @Schema(description = "null unless every commune reported its resident households") Long residentHouseholds,
            BigDecimal poorRatePercent,
            BigDecimal nearPoorRatePercent,
            BigDecimal multidimensionalRatePercent,
            @Schema(required = true) List<TargetPoint> targets) {
    }

    /** A rate target of the province's plan: the fall asked, the rate it leads to from the baseline, and the result. */
    @Schema(name = "TrendTargetPoint")
    public record TargetPoint(
            @Schema(required = true, enumeration = { "POOR_RATE", "NEAR_POOR_RATE", "MULTIDIMENSIONAL_RATE" })
            String kind,
            @Schema(required = true) BigDecimal points,
            @Schema(required = true) BigDecimal targetRatePercent,
            @Schema(description = "null until the list's rate is known") Boolean met) {
    }
}

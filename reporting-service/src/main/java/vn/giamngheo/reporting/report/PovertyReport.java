package vn.giamngheo.reporting.report;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.reporting.domain.DeprivationStructure;
import vn.giamngheo.reporting.domain.Figures;
import vn.giamngheo.reporting.domain.StandardEffect;
import vn.giamngheo.reporting.domain.TargetResult;

/**
 * The poverty report of a unit for a list year: a row per commune and the unit's total, each with the resident
 * households reported, the poor and near-poor lists (start, movements, end, rate, change against the previous
 * list) and the multidimensional rate; and the targets of the unit's plan for the year the list measures.
 *
 * <p>The list of year L comes from the periodic review of late L−1: it measures the result of the plan of L−1.
 *
 * <p>Where a new standard alone moved households (the list of 2027), {@code targetsOnRealMovement} judges the
 * targets without those moves, and {@code targetsJudgedOn} says which of the two {@code targets} is
 * ({@code giamngheo.reporting.targets-on-real-movement-only}, [U]); elsewhere it is null and targets are judged on
 * all movement.
 *
 * <p>{@code eventsAwaited} counts household events of the report's communes and list that arrived before an earlier
 * event of their household and are held until it comes: while it is above zero the figures lack them (a gap in the
 * event stream, not a consistent table), and they complete themselves when the missing event arrives.
 *
 * <p>Each row's {@code deprivation} is its list by what its households lack: per indicator and per dimension, the
 * poor and near-poor households (DTTS among them) whose recognised review found them deprived on it.
 */
public record PovertyReport(
        @Schema(required = true, pattern = "^(\\d{2}|\\d{3}|\\d{5})$") String unitCode,
        @Schema(required = true) String unitName,
        @Schema(required = true) int listYear,
        @Schema(required = true) int planYear,
        @Schema(required = true) List<Row> communes,
        @Schema(required = true) Row total,
        @Schema(required = true) List<TargetResult> targets,
        @Schema(required = true, enumeration = { "ALL_MOVEMENT", "REAL_MOVEMENT" }) String targetsJudgedOn,
        @Schema(description = "null unless a new standard alone moved households")
        List<TargetResult> targetsOnRealMovement,
        @Schema(required = true) long eventsAwaited) {

    /**
     * One unit's figures; {@code standardEffect} splits the change of its rates into what a new standard alone
     * explains and real movement (the list of 2027, the first under NĐ 351/2025), null where no household was
     * moved by a new standard alone.
     */
    @Schema(name = "PovertyReportRow")
    public record Row(
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(description = "null unless every commune reported its resident households") Long residentHouseholds,
            @Schema(description = "of the previous list's year; null unless every commune reported them")
            Long baselineResidentHouseholds,
            @Schema(required = true) boolean totalReported,
            @Schema(required = true) Figures poor,
            @Schema(required = true) Figures nearPoor,
            @Schema(description = "null without resident households") java.math.BigDecimal multidimensionalRatePercent,
            @Schema(description = "null without resident households now or before")
            java.math.BigDecimal multidimensionalChangePoints,
            @Schema(description = "null where no household was moved by a new standard alone")
            StandardEffect standardEffect,
            @Schema(required = true) DeprivationStructure deprivation) {
    }
}

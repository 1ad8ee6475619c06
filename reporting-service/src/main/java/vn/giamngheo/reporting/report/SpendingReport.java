package vn.giamngheo.reporting.report;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Money of a unit's plans for a year: proposed (the plans), assigned and disbursed (funding), by project and
 * sub-project and by fund type, with the official disbursement rate (disbursed ÷ assigned), ĐTPT and SN apart.
 */
public record SpendingReport(
        @Schema(required = true, pattern = "^(\\d{2}|\\d{3}|\\d{5})$") String unitCode,
        @Schema(required = true) String unitName,
        @Schema(required = true) int year,
        @Schema(required = true) Row total,
        @Schema(required = true) List<Row> byFundType,
        @Schema(required = true) List<Row> byProject,
        @Schema(required = true) List<AreaRow> byImplementingArea,
        @Schema(required = true) List<Indicator> outputIndicators) {

    /**
     * The money of the year's plans that a commune or agency within the unit was assigned and paid out, whichever
     * unit's plan it came from (a district's plan assigns much of its money to its communes).
     */
    @Schema(name = "ImplementingAreaMoney")
    public record AreaRow(
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) long assignedVnd,
            @Schema(required = true) long disbursedVnd,
            @Schema(description = "null where nothing was assigned") BigDecimal disbursementRatePercent) {
    }

    /** An output indicator of the unit's plans against the progress reported. */
    @Schema(name = "OutputIndicatorProgress")
    public record Indicator(
            @Schema(required = true) String key,
            @Schema(description = "null for an indicator of the plan as a whole") String projectCode,
            @Schema(description = "null for an indicator of a project as a whole") String subProjectCode,
            @Schema(required = true) String description,
            @Schema(required = true) String unit,
            @Schema(required = true) BigDecimal target,
            @Schema(required = true) boolean approximate,
            @Schema(required = true) BigDecimal achieved,
            @Schema(description = "null for a target of 0") BigDecimal achievedPercent) {
    }

    /** One group's money; rates in percent, rounded for display (null where nothing was assigned or proposed). */
    @Schema(name = "SpendingRow")
    public record Row(
            @Schema(required = true) String group,
            @Schema(required = true) String label,
            @Schema(required = true) long proposedVnd,
            @Schema(required = true) long assignedVnd,
            @Schema(required = true) long disbursedVnd,
            @Schema(description = "null where nothing was assigned") BigDecimal disbursementRatePercent,
            @Schema(description = "null where nothing was proposed") BigDecimal disbursedOfProposedPercent) {
    }
}

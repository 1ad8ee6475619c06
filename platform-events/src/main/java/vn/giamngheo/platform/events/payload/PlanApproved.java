package vn.giamngheo.platform.events.payload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A version of a unit's annual plan was approved: {@code vn.giamngheo.plan.approved.v1} for the first version,
 * {@code vn.giamngheo.plan.revised.v1} for a revision (then {@code previousVersion} and {@code revisionReason} are
 * set). The Kafka key is {@code planKey} (unit and year), so all versions of a plan stay in order.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanApproved(
        UUID planId,
        String planKey,
        int version,
        Integer previousVersion,
        String revisionReason,
        String unitCode,
        int year,
        String documentNumber,
        LocalDate documentDate,
        LocalDate approvalDate,
        String approvedBy,
        List<Target> targets,
        List<OutputIndicator> outputIndicators,
        List<BudgetLine> budgetLines) {

    /** The aggregate key of a plan: one plan per unit and year, whatever its versions. */
    public static String planKey(String unitCode, int year) {
        return unitCode + ":" + year;
    }

    /**
     * A target: a fall of {@code points} percentage points of a rate, or a fall of a count by {@code count}
     * households or by {@code percent} of its baseline. Targets are minimums ("trở lên").
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Target(TargetKind kind, PopulationGroup populationGroup, java.math.BigDecimal points, Long count,
            java.math.BigDecimal percent, String description) {
    }

    /** An output indicator: about {@code quantity} of {@code unit} (e.g. 300 attendances) for a project. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OutputIndicator(String key, String projectCode, String subProjectCode, String description,
            String unit, java.math.BigDecimal quantity, boolean approximate) {
    }

    /**
     * A budget line at the lowest level the plan gives. {@code lineKey} stays the same across the plan's versions,
     * so that allocations against it survive a revision.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BudgetLine(String lineKey, String projectCode, String subProjectCode, FundType fundType,
            FundSource fundSource, long amountVnd) {
    }
}

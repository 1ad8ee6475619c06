package vn.giamngheo.plan.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.giamngheo.plan.domain.Finding;
import vn.giamngheo.plan.domain.PlanDocument;
import vn.giamngheo.plan.domain.PlanStatus;
import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;

/**
 * A plan version as stored: the document as stated, its budget lines with their stable keys, the totals the lines
 * add up to, and what validation found. {@code planId} is null in a dry run.
 */
public record PlanVersionView(
        UUID planId,
        int version,
        PlanStatus status,
        String unitCode,
        String unitName,
        int year,
        PlanDocument document,
        List<Line> budgetLines,
        Totals totals,
        List<Finding> findings,
        int errorCount,
        int warningCount,
        String revisionReason,
        String createdBy,
        OffsetDateTime createdAt,
        String submittedBy,
        OffsetDateTime submittedAt,
        String approvedBy,
        OffsetDateTime approvedAt,
        LocalDate approvalDate,
        String acknowledgement,
        String etag) {

    /** A budget line; its key stays the same in every version of the plan. */
    public record Line(String lineKey, String projectCode, String subProjectCode, FundType fundType,
            String fundTypeLabel, FundSource fundSource, String fundSourceLabel, long amountVnd) {
    }

    /** What the lines add up to, in all and by fund type (the stated totals are in the document). */
    public record Totals(long totalVnd, Map<FundType, Long> byFundTypeVnd, Map<FundSource, Long> bySourceVnd) {
    }
}

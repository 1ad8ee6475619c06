package vn.giamngheo.plan.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(description = "Null in a dry run: nothing was stored") UUID planId,
        @Schema(required = true) int version,
        @Schema(required = true) PlanStatus status,
        @Schema(required = true) String unitCode,
        @Schema(description = "Null where the unit is not in the reference data of the plan's year") String unitName,
        @Schema(required = true) int year,
        @Schema(required = true, description = "The document exactly as stated") PlanDocument document,
        @Schema(required = true) List<Line> budgetLines,
        @Schema(required = true) Totals totals,
        @Schema(required = true, description = "What validation found, errors first") List<Finding> findings,
        @Schema(required = true) int errorCount,
        @Schema(required = true) int warningCount,
        @Schema(description = "Why the plan was revised; null on version 1") String revisionReason,
        @Schema(description = "Null in a dry run") String createdBy,
        @Schema(description = "Null in a dry run") OffsetDateTime createdAt,
        String submittedBy,
        OffsetDateTime submittedAt,
        String approvedBy,
        OffsetDateTime approvedAt,
        @Schema(description = "The date of the approval decision") LocalDate approvalDate,
        @Schema(description = "The approver's reason for approving despite error findings") String acknowledgement,
        @Schema(description = "The version's ETag, quoted; what a change sends in If-Match. Null in a dry run") String etag) {

    /** A budget line; its key stays the same in every version of the plan. */
    @Schema(name = "PlanBudgetLine")
    public record Line(
            @Schema(required = true, description = "project[.subProject].fundType.fundSource") String lineKey,
            @Schema(required = true) String projectCode,
            @Schema(description = "Null for a line of the project as a whole") String subProjectCode,
            @Schema(required = true) FundType fundType,
            @Schema(required = true) String fundTypeLabel,
            @Schema(required = true) FundSource fundSource,
            @Schema(required = true) String fundSourceLabel,
            @Schema(required = true) long amountVnd) {
    }

    /** What the lines add up to, in all and by fund type (the stated totals are in the document). */
    @Schema(name = "PlanTotals")
    public record Totals(
            @Schema(required = true) long totalVnd,
            @Schema(required = true, description = "By the fund types the lines have",
                    propertyNames = FundType.class) Map<FundType, Long> byFundTypeVnd,
            @Schema(required = true, description = "By the sources the lines have",
                    propertyNames = FundSource.class) Map<FundSource, Long> bySourceVnd) {
    }
}

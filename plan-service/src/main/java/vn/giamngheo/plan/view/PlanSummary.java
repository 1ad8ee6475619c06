package vn.giamngheo.plan.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.plan.domain.PlanStatus;

/** A plan and its versions, without the documents. */
public record PlanSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) String unitCode,
        @Schema(description = "Null where the unit is not in the reference data of the plan's year") String unitName,
        @Schema(required = true) int year,
        @Schema(required = true) int latestVersion,
        @Schema(description = "Null until a version is approved") Integer approvedVersion,
        @Schema(required = true) List<VersionSummary> versions) {

    /** One version in a line. */
    @Schema(name = "PlanVersionSummary")
    public record VersionSummary(
            @Schema(required = true) int version,
            @Schema(required = true) PlanStatus status,
            @Schema(required = true) long totalVnd,
            @Schema(required = true) int errorCount,
            @Schema(required = true) int warningCount,
            @Schema(required = true) String createdBy,
            @Schema(required = true) OffsetDateTime createdAt,
            LocalDate approvalDate,
            @Schema(required = true, description = "What a change to this version sends in If-Match") String etag) {
    }
}

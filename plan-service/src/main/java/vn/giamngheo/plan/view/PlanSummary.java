package vn.giamngheo.plan.view;

import java.util.List;
import java.util.UUID;

import vn.giamngheo.plan.domain.PlanStatus;

/** A plan and its versions, without the documents. */
public record PlanSummary(UUID id, String unitCode, String unitName, int year, int latestVersion,
        Integer approvedVersion, List<VersionSummary> versions) {

    /** One version in a line. */
    public record VersionSummary(int version, PlanStatus status, long totalVnd, int errorCount, int warningCount,
            String createdBy, java.time.OffsetDateTime createdAt, java.time.LocalDate approvalDate, String etag) {
    }
}

package vn.giamngheo.plan.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Each output indicator of the approved plan: its target, what has been reported so far, and the reports. */
public record ProgressView(
        @Schema(required = true) UUID planId,
        @Schema(required = true) int approvedVersion,
        @Schema(required = true) List<Indicator> indicators) {

    /** One indicator. */
    @Schema(name = "OutputIndicatorProgress")
    public record Indicator(
            @Schema(required = true) String key,
            @Schema(required = true) String description,
            @Schema(required = true) String unit,
            @Schema(required = true) BigDecimal target,
            @Schema(required = true) boolean approximate,
            @Schema(required = true, description = "The reports' quantities added up") BigDecimal achieved,
            @Schema(required = true) List<Report> reports) {
    }

    /** One report. */
    @Schema(name = "ProgressReport")
    public record Report(
            @Schema(required = true) BigDecimal quantity,
            @Schema(required = true) LocalDate reportedOn,
            String note,
            @Schema(required = true) String reportedBy) {
    }
}

package vn.giamngheo.plan.view;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of plans. */
public record PlanPage(
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true, description = "Plans in all pages") long total,
        @Schema(required = true) List<PlanSummary> items) {
}

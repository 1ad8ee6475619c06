package vn.giamngheo.plan.view;

import java.util.List;

/** A page of plans. */
public record PlanPage(int page, int size, long total, List<PlanSummary> items) {
}

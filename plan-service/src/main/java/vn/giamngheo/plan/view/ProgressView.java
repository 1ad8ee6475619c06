package vn.giamngheo.plan.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Each output indicator of the approved plan: its target, what has been reported so far, and the reports. */
public record ProgressView(UUID planId, int approvedVersion, List<Indicator> indicators) {

    /** One indicator. */
    public record Indicator(String key, String description, String unit, BigDecimal target, boolean approximate,
            BigDecimal achieved, List<Report> reports) {
    }

    /** One report. */
    public record Report(BigDecimal quantity, LocalDate reportedOn, String note, String reportedBy) {
    }
}

package vn.giamngheo.platform.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** How far a plan's output indicators have come, as of a date. Keyed by the plan's key. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanProgressReported(
        UUID planId,
        String planKey,
        int version,
        String unitCode,
        int year,
        LocalDate asOf,
        List<IndicatorProgress> indicators) {

    /** The quantity achieved so far for one output indicator of the plan. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IndicatorProgress(String key, BigDecimal achieved) {
    }
}

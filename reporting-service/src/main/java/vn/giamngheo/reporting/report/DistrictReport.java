package vn.giamngheo.reporting.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the province asks of a district for a year: poverty against targets and money against the plan. */
public record DistrictReport(@Schema(required = true) PovertyReport poverty,
        @Schema(required = true) SpendingReport spending) {
}

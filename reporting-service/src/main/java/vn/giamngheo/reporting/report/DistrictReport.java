package vn.giamngheo.reporting.report;

/** What the province asks of a district for a year: poverty against targets and money against the plan. */
public record DistrictReport(PovertyReport poverty, SpendingReport spending) {
}

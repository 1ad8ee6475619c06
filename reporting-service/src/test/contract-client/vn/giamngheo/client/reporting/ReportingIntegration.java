package vn.giamngheo.client.reporting;

import java.util.List;

import vn.giamngheo.client.reporting.api.ReportsApi;

/**
 * What the province's statistics system does with reporting-service, written against the client generated from the
 * service's OpenAPI document and nothing else: it reads a commune's poverty report of a list year (a public report,
 * no token) and keeps the figures it publishes. Run by ReportingContractClientTests with plain values.
 */
public final class ReportingIntegration {

    private final ApiClient client = new ApiClient();

    public ReportingIntegration(String baseUri) {
        client.updateBaseUri(baseUri);
    }

    /** Resident households, poor at the start and at the end of the year, and the poor rate in percent. */
    public List<Object> povertyOf(String commune, int listYear) throws ApiException {
        var total = new ReportsApi(client).getPovertyReport(listYear, commune).getTotal();
        return List.of(total.getResidentHouseholds(), total.getPoor().getStart(), total.getPoor().getEnd(),
                total.getPoor().getRatePercent());
    }

    /** The status the service answered a report of {@code unit} with: 200, or the refusal's. */
    public int statusOfPoverty(String unit, int listYear) {
        try {
            new ReportsApi(client).getPovertyReport(listYear, unit);
            return 200;
        } catch (ApiException e) {
            return e.getCode();
        }
    }
}

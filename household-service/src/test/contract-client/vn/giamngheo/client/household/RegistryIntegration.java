package vn.giamngheo.client.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.giamngheo.client.household.api.RegistryApi;
import vn.giamngheo.client.household.api.ReviewsApi;
import vn.giamngheo.client.household.api.StandardsApi;
import vn.giamngheo.client.household.model.ReviewBatch;
import vn.giamngheo.client.household.model.ReviewRecord;
import vn.giamngheo.client.household.model.RoundRequest;

/**
 * What a commune's own survey software does with household-service, written against the client generated from the
 * service's OpenAPI document and nothing else: it reads the standards (public), opens the commune's review round,
 * sends a household's survey and reads the household back. Run by RegistryContractClientTests with plain values.
 */
public final class RegistryIntegration {

    private final ApiClient client = new ApiClient();

    public RegistryIntegration(String baseUri, String token) {
        client.updateBaseUri(baseUri);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
    }

    public List<String> standards() throws ApiException {
        return new StandardsApi(client).listStandards().stream().map(standard -> standard.getCode()).toList();
    }

    public String openRound(String commune, String kind, int year) throws ApiException {
        return new ReviewsApi(client).openRound(new RoundRequest().communeCode(commune).kind(kind).heldYear(year))
                .getId().toString();
    }

    /** Sends one survey; answers how many the batch accepted and the class the registry computed for it. */
    public List<Object> survey(String roundId, String household, String surveyDate, long incomeVnd,
            List<String> deprived, String idempotencyKey) throws ApiException {
        ReviewRecord review = new ReviewRecord().householdCode(household).surveyDate(LocalDate.parse(surveyDate))
                .incomePerPersonMonthlyVnd(incomeVnd).deprivedIndicators(deprived)
                .meetingAgreeShare(new BigDecimal("0.8"));
        var answer = new ReviewsApi(client).submitReviews(UUID.fromString(roundId),
                new ReviewBatch().reviews(List.of(review)), idempotencyKey);
        return List.of(answer.getAccepted(), String.valueOf(answer.getResults().get(0).getComputedStatus()));
    }

    /** The household as the registry holds it: its class, its list year and its head's name. */
    public List<Object> household(String code) throws ApiException {
        var read = new RegistryApi(client).getHousehold(code);
        return List.of(String.valueOf(read.getStatus()), read.getListYear(), read.getHeadName());
    }
}

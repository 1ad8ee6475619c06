package vn.giamngheo.client.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.giamngheo.client.plan.api.PlansApi;
import vn.giamngheo.client.plan.api.ProgramCatalogApi;
import vn.giamngheo.client.plan.model.PlanDocument;
import vn.giamngheo.client.plan.model.ProjectEntry;

/**
 * What a province's planning system does with plan-service, written against the client generated from the service's
 * OpenAPI document and nothing else: it reads the program's catalogue, files a district's plan it holds as a JSON
 * document, finds it among the district's plans and reads its figures back. The test that runs it is
 * PlanContractClientTests; it hands over and checks plain values only.
 */
public final class PlanIntegration {

    private final ApiClient client = new ApiClient();

    public PlanIntegration(String baseUri, String token) {
        client.updateBaseUri(baseUri);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    public List<String> catalogueCodes() throws ApiException {
        return new ProgramCatalogApi(client).listProgramProjects().stream().map(ProjectEntry::getCode).toList();
    }

    /** Files the plan and answers its id; the document goes through the generated model, field for field. */
    public String file(String documentJson, String idempotencyKey) throws Exception {
        PlanDocument document = client.getObjectMapper().readValue(documentJson, PlanDocument.class);
        return new PlansApi(client).importPlan(document, false, idempotencyKey).getPlanId().toString();
    }

    public List<String> plansOf(String area, int year) throws ApiException {
        return new PlansApi(client).listPlans(area, 0, 50, year).getItems().stream().map(p -> p.getId().toString())
                .toList();
    }

    /** A version as the system keeps it: its status, unit, year, line count, total and its document as JSON. */
    public Map<String, Object> version(String planId, int version) throws Exception {
        var read = new PlansApi(client).getPlanVersion(UUID.fromString(planId), version);
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("status", read.getStatus().getValue());
        kept.put("unitCode", read.getUnitCode());
        kept.put("year", read.getYear());
        kept.put("budgetLines", read.getBudgetLines().size());
        kept.put("totalVnd", read.getTotals().getTotalVnd());
        kept.put("document", client.getObjectMapper().writeValueAsString(read.getDocument()));
        return kept;
    }

    /** The status the service answered a read of the plan with: 200, or the refusal's. */
    public int statusOfReading(String planId) {
        try {
            new PlansApi(client).getPlan(UUID.fromString(planId));
            return 200;
        } catch (ApiException e) {
            return e.getCode();
        }
    }
}

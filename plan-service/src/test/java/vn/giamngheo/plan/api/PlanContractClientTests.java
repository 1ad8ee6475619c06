package vn.giamngheo.plan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.events.testing.TestKeys;
import vn.giamngheo.platform.web.testing.ContractClient;
import vn.giamngheo.platform.web.testing.TestTokens;

/**
 * A client generated from the document plan-service serves (OpenAPI Generator, Java) works: the integration code in
 * src/test/contract-client compiles against it and, run against the service, files the seed plan and reads it back.
 */
@QuarkusTest
class PlanContractClientTests {

    @Test
    void shouldFileAPlanAndReadItBackThroughAClientGeneratedFromTheServedDocument() throws Exception {
        ContractClient client = ContractClient.generate("vn.giamngheo.client.plan");
        TestKeys.DistrictYear key = TestKeys.districtYear();
        Object officer = client.create("vn.giamngheo.client.plan.PlanIntegration", ContractClient.baseUri(),
                TestTokens.token("district-officer", key.district()));

        List<String> catalogue = client.call(officer, "catalogueCodes");
        assertThat(catalogue).containsExactly("DA1", "DA2", "DA3", "DA4", "DA5", "DA6", "DA7");

        String planId = client.call(officer, "file", PlanFixtures.seedFor(key).toString(), UUID.randomUUID().toString());
        List<String> plans = client.call(officer, "plansOf", key.district(), key.year());
        assertThat(plans).containsExactly(planId);
        Map<String, Object> version = client.call(officer, "version", planId, 1);
        assertThat(version).containsEntry("status", "DRAFT").containsEntry("unitCode", key.district())
                .containsEntry("year", key.year()).containsEntry("budgetLines", 16)
                .containsEntry("totalVnd", 224_523_000_000L);
        // Nothing of the document was lost on its way through the generated model and back; the generated client
        // leaves out the fields it holds no value for, so the seed's nulls come back absent.
        assertThat(PlanFixtures.MAPPER.readTree((String) version.get("document")))
                .isEqualTo(withoutNulls(PlanFixtures.seedFor(key)));

        Object stranger = client.create("vn.giamngheo.client.plan.PlanIntegration", ContractClient.baseUri(),
                TestTokens.token("district-officer", PlanFixtures.OTHER_DISTRICT));
        assertThat((Integer) client.call(stranger, "statusOfReading", planId)).isEqualTo(403);
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode kept = PlanFixtures.MAPPER.createObjectNode();
            node.fields().forEachRemaining(field -> {
                if (!field.getValue().isNull()) {
                    kept.set(field.getKey(), withoutNulls(field.getValue()));
                }
            });
            return kept;
        }
        if (node.isArray()) {
            ArrayNode kept = PlanFixtures.MAPPER.createArrayNode();
            node.forEach(item -> kept.add(withoutNulls(item)));
            return kept;
        }
        return node;
    }
}

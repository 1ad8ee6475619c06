package vn.giamngheo.household.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.household.api.Households.THREE;
import static vn.giamngheo.household.api.Households.entry;
import static vn.giamngheo.household.api.Households.household;
import static vn.giamngheo.household.api.Households.opening;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.events.testing.TestKeys;
import vn.giamngheo.platform.web.testing.ContractClient;
import vn.giamngheo.platform.web.testing.TestTokens;

/**
 * A client generated from the document household-service serves (OpenAPI Generator, Java) works: the integration code
 * in src/test/contract-client compiles against it and, run against the service, reviews a commune's household.
 */
@QuarkusTest
class RegistryContractClientTests {

    @Test
    void shouldReviewAHouseholdThroughAClientGeneratedFromTheServedDocument() {
        ContractClient client = ContractClient.generate("vn.giamngheo.client.household");
        Object anyone = client.create("vn.giamngheo.client.household.RegistryIntegration", ContractClient.baseUri(),
                null);
        assertThat((List<String>) client.call(anyone, "standards")).contains("ND-07-2021", "ND-351-2025");

        String commune = TestKeys.commune();
        List<String> codes = opening(commune, 2022, "2021-12-15", List.of(
                entry(household("Khuổi Khon", "Nông Văn Hạnh", "Tày"), "NEAR_POOR")));
        Object officer = client.create("vn.giamngheo.client.household.RegistryIntegration", ContractClient.baseUri(),
                TestTokens.token("commune-officer", commune));
        String round = client.call(officer, "openRound", commune, "PERIODIC", 2022);
        assertThat((List<Object>) client.call(officer, "survey", round, codes.get(0), "2022-10-03", 1_000_000L, THREE,
                UUID.randomUUID().toString())).containsExactly(1, "POOR");
        assertThat((List<Object>) client.call(officer, "household", codes.get(0)))
                .containsExactly("NEAR_POOR", 2022, "Nông Văn Hạnh");
    }
}

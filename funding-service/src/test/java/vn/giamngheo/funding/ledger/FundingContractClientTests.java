package vn.giamngheo.funding.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.events.testing.TestKeys;
import vn.giamngheo.platform.web.testing.ContractClient;
import vn.giamngheo.platform.web.testing.TestTokens;

/**
 * A client generated from the document funding-service serves (OpenAPI Generator, Java) works: the integration code
 * in src/test/contract-client compiles against it and, run against the service, funds a commune's plan to the đồng.
 */
@QuarkusTest
class FundingContractClientTests {

    private static final String LINE = "DA1.TDA1.INVESTMENT.UNSPECIFIED";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void shouldFundACommunesPlanThroughAClientGeneratedFromTheServedDocument() {
        ContractClient client = ContractClient.generate("vn.giamngheo.client.funding");
        String commune = TestKeys.commune();
        String planId = UUID.randomUUID().toString();
        ApprovedPlans.publish(bootstrap, ApprovedPlans.plan(UUID.fromString(planId), commune, 2026, 1, 1_000_000,
                200_000, 0));
        Object accounts = client.create("vn.giamngheo.client.funding.FundingIntegration", ContractClient.baseUri(),
                TestTokens.token("finance-officer", commune));

        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> assertThat((List<String>) client.call(accounts,
                "lineKeys", planId)).contains(LINE));
        String allocation = client.call(accounts, "allocate", planId, LINE, commune, 400_000L,
                UUID.randomUUID().toString());
        client.call(accounts, "disburse", allocation, 150_000L, "Tổ hợp tác chăn nuôi Đàm Thủy",
                "KBNN-" + UUID.randomUUID(), UUID.randomUUID().toString());
        assertThat((List<Object>) client.call(accounts, "allocation", allocation))
                .containsExactly(400_000L, 150_000L, 250_000L, List.of("Tổ hợp tác chăn nuôi Đàm Thủy"));
        // Over the line's 600,000 left: the client receives the service's refusal as its problem.
        assertThat((String) client.call(accounts, "refusalOfAllocating", planId, LINE, commune, 600_001L))
                .startsWith("422 ").contains("urn:giamngheo:problem:over-line");
    }
}

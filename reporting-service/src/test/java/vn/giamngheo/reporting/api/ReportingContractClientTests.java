package vn.giamngheo.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.giamngheo.reporting.api.HouseholdEvents.province;
import static vn.giamngheo.reporting.api.HouseholdEvents.total;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.payload.ChangeCause;
import vn.giamngheo.platform.events.payload.HouseholdStatusChangedV2;
import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.events.testing.EventPublisher;
import vn.giamngheo.platform.events.testing.TestKeys;
import vn.giamngheo.platform.refdata.AreaType;
import vn.giamngheo.platform.web.testing.ContractClient;

/**
 * A client generated from the document reporting-service serves (OpenAPI Generator, Java) works: the integration code
 * in src/test/contract-client compiles against it and, run against the service, reads a commune's poverty report.
 */
@QuarkusTest
@QuarkusTestResource(OwnTopics.class)
class ReportingContractClientTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "giamngheo.test.topic-prefix")
    String topics;

    @Test
    void shouldReadACommunesPovertyReportThroughAClientGeneratedFromTheServedDocument() {
        ContractClient client = ContractClient.generate("vn.giamngheo.client.reporting");
        String commune = TestKeys.commune();
        String household = "hh-" + UUID.randomUUID();
        try (EventPublisher pub = new EventPublisher(bootstrap, topics)) {
            total(pub, commune, 2026, 200);
            pub.send("test.household-events", household, EventPublisher.envelope(UUID.randomUUID(),
                    "/giamngheo/household-service", EventTypes.HOUSEHOLD_STATUS_CHANGED_V2, household, 1,
                    new HouseholdStatusChangedV2(household, commune, null, province(commune), AreaType.RURAL, 2026,
                            ChangeCause.OPENING_BALANCE, "opening", "1/QĐ-UBND", LocalDate.of(2025, 12, 10),
                            "ND-07-2021", null, null, PovertyStatus.POOR, MovementKind.OPENING_BALANCE, true, 4,
                            null, false)));
        }
        Object statistics = client.create("vn.giamngheo.client.reporting.ReportingIntegration",
                ContractClient.baseUri());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Object> figures = client.call(statistics, "povertyOf", commune, 2026);
            assertThat(figures.subList(0, 3)).containsExactly(200L, 0L, 1L);
            assertThat((java.math.BigDecimal) figures.get(3)).isEqualByComparingTo("0.5");
        });
        assertThat((Integer) client.call(statistics, "statusOfPoverty", "88888", 2026)).isEqualTo(404);
    }
}

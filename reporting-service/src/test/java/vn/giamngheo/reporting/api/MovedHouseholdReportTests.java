package vn.giamngheo.reporting.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.giamngheo.reporting.api.HouseholdEvents.poverty;
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
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised.Deprivation;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised.Standing;
import vn.giamngheo.platform.events.payload.HouseholdStatusChangedV2;
import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.events.testing.EventPublisher;
import vn.giamngheo.platform.events.testing.TestKeys;
import vn.giamngheo.platform.refdata.AreaType;

/**
 * A household that moves to another commune keeps its class: the origin's list loses it as "giảm khác", the
 * destination's gains it as "tăng khác", each list's start + in − out = end holds, and its deprivations leave the
 * origin's structure for the destination's.
 */
@QuarkusTest
@QuarkusTestResource(OwnTopics.class)
class MovedHouseholdReportTests {

    private static final Standing POOR_OFFLINE = new Standing(PovertyStatus.POOR, true,
            List.of(new Deprivation("TELECOM", "thông tin", "Sử dụng dịch vụ viễn thông")));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "giamngheo.test.topic-prefix")
    String topics;

    private final HouseholdEvents events = new HouseholdEvents();

    @Test
    void shouldCountAMoveOutOfTheOriginsListAndIntoTheDestinations() {
        String origin = TestKeys.commune();
        String destination = TestKeys.commune();
        String household = "hh-" + UUID.randomUUID();
        String request = UUID.randomUUID().toString();
        try (EventPublisher pub = new EventPublisher(bootstrap, topics)) {
            for (String commune : List.of(origin, destination)) {
                total(pub, commune, 2026, 100);
                total(pub, commune, 2027, 100);
            }
            status(pub, origin, household, 2026, null, MovementKind.OPENING_BALANCE, ChangeCause.OPENING_BALANCE,
                    "opening");
            deprivations(pub, origin, household, 2026, ChangeCause.PERIODIC_REVIEW, "round", null, POOR_OFFLINE);
            status(pub, origin, household, 2027, PovertyStatus.POOR, MovementKind.OTHER_DECREASE,
                    ChangeCause.CHANGE_REQUEST, request);
            deprivations(pub, origin, household, 2027, ChangeCause.CHANGE_REQUEST, request, POOR_OFFLINE, null);
            status(pub, destination, household, 2027, PovertyStatus.POOR, MovementKind.OTHER_INCREASE,
                    ChangeCause.CHANGE_REQUEST, request);
            deprivations(pub, destination, household, 2027, ChangeCause.CHANGE_REQUEST, request, null, POOR_OFFLINE);
        }
        // The destination's standing is the last event of the household's partition: once it shows, all are in.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> poverty(destination, 2027).then()
                .body("total.deprivation.poorSurveyed", equalTo(1)));
        poverty(destination, 2027).then().statusCode(200)
                .body("total.poor.start", equalTo(0)).body("total.poor.end", equalTo(1))
                .body("total.poor.inflows.OTHER_INCREASE", equalTo(1)).body("total.poor.outflows.size()", equalTo(0))
                .body("total.deprivation.indicators[0].code", equalTo("TELECOM"))
                .body("total.deprivation.indicators[0].poorEthnicMinority", equalTo(1));
        poverty(origin, 2027).then().statusCode(200)
                .body("total.poor.start", equalTo(1)).body("total.poor.end", equalTo(0))
                .body("total.poor.outflows.OTHER_DECREASE", equalTo(1)).body("total.poor.inflows.size()", equalTo(0))
                .body("total.deprivation.poorSurveyed", equalTo(0))
                .body("total.deprivation.indicators.find { it.code == 'TELECOM' }", nullValue());
        poverty(origin, 2026).then().statusCode(200).body("total.poor.end", equalTo(1))
                .body("total.deprivation.poorSurveyed", equalTo(1));
    }

    private void status(EventPublisher pub, String commune, String household, int list, PovertyStatus before,
            MovementKind kind, ChangeCause cause, String causeId) {
        pub.send("test.household-events", household, EventPublisher.envelope(UUID.randomUUID(),
                "/giamngheo/household-service", EventTypes.HOUSEHOLD_STATUS_CHANGED_V2, household,
                events.next(household), new HouseholdStatusChangedV2(household, commune, null, province(commune),
                        AreaType.RURAL, list, cause, causeId, "1/QĐ-UBND", LocalDate.of(list - 1, 12, 10),
                        "ND-07-2021", null, before, PovertyStatus.POOR, kind, true, 4, null, false)));
    }

    private void deprivations(EventPublisher pub, String commune, String household, int list, ChangeCause cause,
            String causeId, Standing before, Standing after) {
        pub.send("test.household-events", household, EventPublisher.envelope(UUID.randomUUID(),
                "/giamngheo/household-service", EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED_V2, household,
                events.next(household), new HouseholdDeprivationsRecognised(household, commune, null,
                        province(commune), list, cause, causeId, LocalDate.of(list - 1, 12, 10), "ND-07-2021", null,
                        before, after)));
    }
}

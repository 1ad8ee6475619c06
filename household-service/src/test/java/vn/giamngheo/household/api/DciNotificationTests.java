package vn.giamngheo.household.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.giamngheo.household.api.DciClient.json;
import static vn.giamngheo.household.api.Households.ONE;
import static vn.giamngheo.household.api.Households.as;
import static vn.giamngheo.household.api.Households.entry;
import static vn.giamngheo.household.api.Households.household;
import static vn.giamngheo.household.api.Households.opening;
import static vn.giamngheo.household.api.Households.openRound;
import static vn.giamngheo.household.api.Households.review;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.testing.TestKeys;
import vn.giamngheo.platform.web.testing.TestTokens;

/**
 * Subscriptions fed by the registry's own events through the inbox: one signed notification per change of a decision
 * in the subscribed area and none for another; a receiver that was down gets its notifications once it is up, and one
 * that never comes up is reported undelivered. Also the registration of the systems that subscribe.
 */
@QuarkusTest
class DciNotificationTests {

    private static final YearMonth MONTH = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))).minusMonths(1);
    private static final String STATUS_CHANGED = EventTypes.HOUSEHOLD_STATUS_CHANGED_V2;

    @Inject
    javax.sql.DataSource dataSource;

    /** The chair's decision on last month's regular round, with the reviews given: returns the round's id. */
    private static String decide(String commune, List<Map<String, Object>> reviews) {
        String round = openRound(commune, "REGULAR", MONTH.getYear(), MONTH.getMonthValue());
        as("commune-officer", commune).body(Map.of("reviews", reviews)).when()
                .post("/api/v1/rounds/" + round + "/reviews").then().statusCode(200)
                .body("accepted", equalTo(reviews.size()));
        as("commune-chair", commune).body(Map.of("decisionNumber", "9/QĐ-UBND", "decisionDate",
                MONTH.atEndOfMonth().toString())).when().post("/api/v1/rounds/" + round + "/decision").then()
                .statusCode(200);
        return round;
    }

    private static List<String> openingOf(String commune, String... statuses) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (String status : statuses) {
            entries.add(entry(household("Bản Giốc", "Nông Văn Pháo", "Tày"), status));
        }
        return opening(commune, MONTH.getYear(), (MONTH.getYear() - 1) + "-12-20", entries);
    }

    private static String subscribe(DciClient client, CallbackReceiver callbacks, String type, String value) {
        JsonNode message = DciRegistryTests.subscribeMessage(type, value);
        client.post("/subscribe", client.envelope("subscribe", message, callbacks.uri("/registry/on-subscribe")))
                .then().statusCode(200);
        JsonNode answer = await().atMost(Duration.ofSeconds(30)).until(() -> callbacks.at("/registry/on-subscribe")
                .stream().filter(c -> c.path("message").path("transaction_id").equals(message.path("transaction_id")))
                .findFirst().orElse(null), c -> c != null);
        JsonNode item = answer.path("message").path("subscribe_response").get(0);
        assertThat(item.path("status").asText()).as(item.toString()).isEqualTo("succ");
        return item.path("subscriptions").get(0).path("code").asText();
    }

    private static List<String> notifiedHouseholds(List<JsonNode> notifications) {
        return notifications.stream().map(n -> n.path("message").path("notify_event").get(0).path("data")
                .path("reg_records").path("group_identifier").get(0).path("identifier_value").asText()).toList();
    }

    @Test
    @DisplayName("A subscription to a commune gets one signed notification per change of its next decision, and"
            + " nothing of another commune's")
    void shouldNotifyEachChangeOfTheCommunesNextDecisionAndNothingElsewhere() throws Exception {
        String commune = TestKeys.commune();
        String other = TestKeys.commune();
        List<String> here = openingOf(commune, "POOR", "NEAR_POOR", "POOR");
        List<String> there = openingOf(other, "POOR");
        try (CallbackReceiver receiver = CallbackReceiver.up()) {
            DciClient client = DciClient.create().register(List.of(commune, other), DciRegistryTests.PSEUDONYMOUS,
                    null, List.of(receiver.uri("/registry/on-subscribe")), receiver.uri("/registry/notify"));
            subscribe(client, receiver, "AREA", commune);

            String round = decide(commune, List.of(review(here.get(0), MONTH.atDay(3).toString(), 2_000_000, ONE, 0.9),
                    review(here.get(1), MONTH.atDay(3).toString(), 2_000_000, ONE, 0.9),
                    review(here.get(2), MONTH.atDay(3).toString(), 1_250_000, ONE, 0.9)));
            String elsewhere = decide(other, List.of(review(there.get(0), MONTH.atDay(3).toString(), 2_000_000, ONE,
                    0.9)));
            List<JsonNode> changes = Households.outbox(dataSource, STATUS_CHANGED, round);
            assertThat(changes).isNotEmpty();
            Set<String> changed = changes.stream().map(c -> c.path("householdId").asText()).collect(Collectors.toSet());

            List<JsonNode> notifications = await().atMost(Duration.ofSeconds(60)).until(() -> receiver.at(
                    "/registry/notify"), n -> n.size() >= changes.size());
            // The other commune's decision was read by the inbox too, and owed nothing to this subscription.
            await().atMost(Duration.ofSeconds(60)).until(() -> applied(elsewhere));
            assertThat(count("SELECT count(*) FROM dci_delivery WHERE sender_id = ? AND kind = 'notify'",
                    client.senderId)).isEqualTo(changes.size());
            notifications = receiver.at("/registry/notify");
            assertThat(notifications).hasSize(changes.size());
            assertThat(notifiedHouseholds(notifications)).containsExactlyInAnyOrderElementsOf(changed)
                    .doesNotContain(there.get(0));
            for (JsonNode n : notifications) {
                DciSpec.assertRequest("/registry/notify", n);
                DciRegistryTests.assertSignedByTheRegistry(n);
                JsonNode data = n.path("message").path("notify_event").get(0).path("data");
                assertThat(data.path("reg_event_type").asText()).isEqualTo("REGISTER");
                assertThat(data.path("reg_records").has("member_list")).isFalse();
                assertThat(n.path("header").path("receiver_id").asText()).isEqualTo(client.senderId);
            }
        }
    }

    @Test
    @DisplayName("A receiver that was down gets its notification once it is up; one that never comes up is reported"
            + " undelivered in the audit trail")
    void shouldDeliverToAReceiverThatCameBackAndReportOneThatNeverDid() throws Exception {
        String commune = TestKeys.commune();
        List<String> codes = openingOf(commune, "POOR");
        try (CallbackReceiver callbacks = CallbackReceiver.up(); CallbackReceiver late = CallbackReceiver.down();
                CallbackReceiver gone = CallbackReceiver.down()) {
            DciClient patient = DciClient.create().register(List.of(commune), DciRegistryTests.PSEUDONYMOUS, null,
                    List.of(callbacks.uri("/registry/on-subscribe")), late.uri("/registry/notify"));
            DciClient lost = DciClient.create().register(List.of(commune), DciRegistryTests.PSEUDONYMOUS, null,
                    List.of(callbacks.uri("/registry/on-subscribe")), gone.uri("/registry/notify"));
            subscribe(patient, callbacks, "HOUSEHOLD_ID", codes.get(0));
            subscribe(lost, callbacks, "HOUSEHOLD_ID", codes.get(0));
            decide(commune, List.of(review(codes.get(0), MONTH.atDay(3).toString(), 2_000_000, ONE, 0.9)));

            await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT count(*) FROM dci_delivery WHERE"
                    + " sender_id = ? AND kind = 'notify' AND status = 'PENDING' AND attempts >= 1 AND last_error IS NOT NULL",
                    patient.senderId) == 1);
            late.start();
            List<JsonNode> received = await().atMost(Duration.ofSeconds(30)).until(() -> late.at("/registry/notify"),
                    n -> !n.isEmpty());
            assertThat(notifiedHouseholds(received)).containsExactly(codes.get(0));
            DciSpec.assertRequest("/registry/notify", received.get(0));
            await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM dci_delivery WHERE"
                    + " sender_id = ? AND kind = 'notify' AND status = 'DELIVERED' AND body IS NULL", patient.senderId) == 1);

            await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT count(*) FROM dci_delivery WHERE"
                    + " sender_id = ? AND kind = 'notify' AND status = 'UNDELIVERED' AND body IS NULL", lost.senderId) == 1);
            assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'DCI_UNDELIVERED' AND"
                    + " after_state->>'sender' = ? AND actor = ?", lost.senderId, DciClient.REGISTRY_ID)).isEqualTo(1);
            assertThat(late.at("/registry/notify")).hasSize(1);
        }
    }

    @Test
    @DisplayName("Only the province's officers register systems; a registration is checked field by field, audited,"
            + " and its end stops the system's calls")
    void shouldRegisterSystemsOnlyByTheProvinceCheckedAndAudited() throws Exception {
        String commune = TestKeys.commune();
        DciClient client = DciClient.create();
        Map<String, Object> registration = client.registration(List.of(commune), DciRegistryTests.EVERYTHING, null,
                List.of("ftp://example.org/x"), null);
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.token("commune-officer", commune))
                .contentType("application/json").body(registration).put("/api/v1/dci/systems/" + client.senderId)
                .then().statusCode(403);
        java.util.Map<String, Object> badKey = new java.util.HashMap<>(registration);
        badKey.put("publicKeyJwk", Map.of("kty", "RSA", "n", "abc", "e", "AQAB", "kid", "k"));
        badKey.put("areas", List.of(commune, "00000"));
        DciClient.asProvince().body(badKey).put("/api/v1/dci/systems/" + client.senderId).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("publicKeyJwk", "areas", "legalBasis",
                        "callbackUris"));
        assertThat(count("SELECT count(*) FROM dci_system WHERE sender_id = ?", client.senderId)).isZero();

        client.register(List.of(commune), DciRegistryTests.PSEUDONYMOUS, null, List.of(), null);
        DciClient.asProvince().get("/api/v1/dci/systems/" + client.senderId).then().statusCode(200)
                .body("clientId", equalTo(client.clientId)).body("keyId", equalTo(client.keyId))
                .body("active", equalTo(true));
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'DCI_SYSTEM_REGISTERED' AND entity_id = ?",
                client.senderId)).isEqualTo(1);
        DciClient.asProvince().body(DciClient.create().registration(List.of(commune), DciRegistryTests.PSEUDONYMOUS,
                null, List.of(), null)).put("/api/v1/dci/systems/" + client.senderId + "-bis").then()
                .statusCode(200);

        DciClient.asProvince().delete("/api/v1/dci/systems/" + client.senderId).then().statusCode(200)
                .body("active", equalTo(false));
        var answer = client.post("/sync/search", client.envelope("search", DciClient.searchMessage(
                DciRegistryTests.idType("HOUSEHOLD_ID", commune + "-X")), null));
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(json(answer).path("errors").get(0).path("code").asText()).isEqualTo("err.sender_id.invalid");
        io.restassured.RestAssured.get("/api/v1/dci/registry-key").then().statusCode(200)
                .body("keys[0].crv", equalTo("Ed25519"));
    }

    private boolean applied(String round) throws Exception {
        return count("SELECT count(*) FROM outbox_event o WHERE o.type = ? AND o.payload->>'causeId' = ? AND NOT"
                + " EXISTS (SELECT 1 FROM inbox_event i WHERE i.event_id = o.event_id)", STATUS_CHANGED, round) == 0
                && count("SELECT count(*) FROM outbox_event WHERE type = ? AND payload->>'causeId' = ?",
                        STATUS_CHANGED, round) > 0;
    }

    private long count(String sql, String... params) throws Exception {
        return Households.count(dataSource, sql, params);
    }
}

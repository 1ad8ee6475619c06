package vn.giamngheo.household.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.giamngheo.household.api.Households.FOUR;
import static vn.giamngheo.household.api.Households.ONE;
import static vn.giamngheo.household.api.Households.THREE;
import static vn.giamngheo.household.api.Households.as;
import static vn.giamngheo.household.api.Households.entry;
import static vn.giamngheo.household.api.Households.household;
import static vn.giamngheo.household.api.Households.opening;
import static vn.giamngheo.household.api.Households.openRound;
import static vn.giamngheo.household.api.Households.review;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.testing.Schemas;
import vn.giamngheo.platform.events.testing.TestKeys;
import vn.giamngheo.platform.events.testing.TopicReader;

/**
 * Each recognised review tells the reports what the household was found deprived on, with what it counted before,
 * whenever that changes a count of the lists' deprivation structure — also when its class did not change.
 */
@QuarkusTest
class DeprivationEventsTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String EVENTS = "test.household-events";
    private static final Duration PUBLISHED_WITHIN = Duration.ofMinutes(2);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void shouldPublishWhatEachReviewFoundDeprivedWithWhatTheHouseholdCountedBefore() throws Exception {
        String commune = TestKeys.commune();
        List<String> codes = opening(commune, 2022, "2021-12-15", List.of(
                entry(household("Nà Sloòng", "Nông Văn Khoa", "Tày"), "POOR"),
                entry(household("Nà Sloòng", "Lương Thị Nhung", "Nùng"), "NEAR_POOR"),
                entry(household("Pò Tấu", "Trần Văn Bình", "Kinh"), "POOR")));
        String first = decided(commune, 2022, "2022-12-10", List.of(
                review(codes.get(0), "2022-10-03", 1_000_000, THREE, 0.8),
                review(codes.get(1), "2022-10-03", 1_400_000, ONE, 0.8),
                review(codes.get(2), "2022-10-04", 2_000_000, THREE, 0.8)));
        // The opening list said no deprivation: nothing to take out; the household above the lists adds nothing.
        Map<String, JsonNode> firstEvents = outbox(first);
        assertThat(firstEvents).containsOnlyKeys(codes.get(0), codes.get(1));
        JsonNode poor = firstEvents.get(codes.get(0));
        assertThat(poor.get("before").isNull()).isTrue();
        assertThat(poor.at("/after/status").asText()).isEqualTo("POOR");
        assertThat(poor.at("/after/ethnicMinority").asBoolean()).isTrue();
        assertThat(poor.at("/after/deprivations")).extracting(d -> d.get("indicator").asText())
                .containsExactly("HEALTH_INSURANCE", "SANITATION", "TELECOM");
        assertThat(poor.at("/after/deprivations/0/dimension").asText()).isEqualTo("y tế");
        assertThat(poor.path("listYear").asInt()).isEqualTo(2023);

        String second = decided(commune, 2023, "2023-12-11", List.of(
                // The same answers: the same standing, no news to the reports.
                review(codes.get(0), "2023-10-02", 1_000_000, THREE, 0.8),
                review(codes.get(1), "2023-10-02", 1_000_000, FOUR, 0.8),
                review(codes.get(2), "2023-10-03", 1_000_000, ONE, 0.8)));
        Map<String, JsonNode> secondEvents = outbox(second);
        assertThat(secondEvents).containsOnlyKeys(codes.get(1), codes.get(2));
        JsonNode worse = secondEvents.get(codes.get(1));
        assertThat(worse.at("/before/status").asText()).isEqualTo("NEAR_POOR");
        assertThat(worse.at("/before/deprivations")).extracting(d -> d.get("indicator").asText())
                .containsExactly("TELECOM");
        assertThat(worse.at("/after/status").asText()).isEqualTo("POOR");
        assertThat(worse.at("/after/deprivations")).extracting(d -> d.get("indicator").asText())
                .containsExactlyInAnyOrderElementsOf(FOUR);
        // What it was counted with last is what the review of 2022 found, though no list counted it.
        JsonNode back = secondEvents.get(codes.get(2));
        assertThat(back.at("/before/status").asText()).isEqualTo("AVERAGE_LIVING");
        assertThat(back.at("/after/status").asText()).isEqualTo("NEAR_POOR");
        assertThat(back.at("/after/ethnicMinority").asBoolean()).isFalse();

        // On the topic as in the outbox, valid against the schema, keyed by the household's pseudonymous code.
        List<ConsumerRecord<String, String>> published = TopicReader.read(bootstrap, EVENTS,
                r -> r.key() != null && r.key().startsWith(commune + "-") && isDeprivations(r)
                        && second.equals(data(r).path("causeId").asText()), 2, PUBLISHED_WITHIN);
        assertThat(published).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(codes.get(1), codes.get(2));
        for (ConsumerRecord<String, String> r : published) {
            assertThat(Schemas.payloadErrors(EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED_V2, data(r))).isEmpty();
            assertThat(r.value()).doesNotContain("Lương Thị Nhung").doesNotContain("Nà Sloòng");
        }
    }

    /** Opens a periodic round of the year, submits the reviews and decides them; the round's id. */
    private static String decided(String commune, int year, String decisionDate, List<Map<String, Object>> reviews) {
        String round = openRound(commune, "PERIODIC", year, null);
        as("commune-officer", commune).body(Map.of("reviews", reviews)).when()
                .post("/api/v1/rounds/" + round + "/reviews").then().statusCode(200)
                .body("accepted", equalTo(reviews.size()));
        as("commune-chair", commune).body(Map.of("decisionNumber", "31/QĐ-UBND", "decisionDate", decisionDate))
                .when().post("/api/v1/rounds/" + round + "/decision").then().statusCode(200);
        return round;
    }

    /** The deprivations events the round's decision wrote to the outbox, in its transaction, by household. */
    private Map<String, JsonNode> outbox(String round) throws Exception {
        Map<String, JsonNode> byHousehold = new HashMap<>();
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement q = c.prepareStatement("SELECT aggregate_id, payload::text FROM outbox_event"
                        + " WHERE type = ? AND payload->>'causeId' = ?")) {
            q.setString(1, EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED_V2);
            q.setString(2, round);
            try (java.sql.ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    assertThat(byHousehold.put(rows.getString(1), MAPPER.readTree(rows.getString(2)))).isNull();
                }
            }
        }
        return byHousehold;
    }

    private static boolean isDeprivations(ConsumerRecord<String, String> r) {
        return EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED_V2.equals(envelope(r).path("type").asText());
    }

    private static JsonNode data(ConsumerRecord<String, String> r) {
        return envelope(r).path("data");
    }

    private static JsonNode envelope(ConsumerRecord<String, String> r) {
        try {
            return MAPPER.readTree(r.value());
        } catch (Exception e) {
            return MAPPER.createObjectNode();
        }
    }
}

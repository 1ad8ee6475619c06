package vn.giamngheo.household.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.giamngheo.household.api.Households.FOUR;
import static vn.giamngheo.household.api.Households.ONE;
import static vn.giamngheo.household.api.Households.THREE;
import static vn.giamngheo.household.api.Households.as;
import static vn.giamngheo.household.api.Households.entry;
import static vn.giamngheo.household.api.Households.household;
import static vn.giamngheo.household.api.Households.newReview;
import static vn.giamngheo.household.api.Households.opening;
import static vn.giamngheo.household.api.Households.openRound;
import static vn.giamngheo.household.api.Households.openingList;
import static vn.giamngheo.household.api.Households.review;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.testing.Schemas;
import vn.giamngheo.platform.events.testing.TestKeys;
import vn.giamngheo.platform.events.testing.TopicReader;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitLevel;

/**
 * A review round from the opening list to the chair's decision, with its movements on the real topic.
 *
 * <p>Every test that writes takes communes of its own from {@link TestKeys} (the fictitious test province 99), so the
 * fixed years and months inside them are its own too: the tests pass run after run on the same database and topic,
 * in any order, whatever earlier runs wrote. Only the self-assessment, which stores nothing, names a real commune.
 */
@QuarkusTest
class ReviewRoundTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String EVENTS = "test.household-events";
    /** How long an event may take to come through the outbox on a busy machine; the reads return once it is there. */
    private static final Duration PUBLISHED_WITHIN = Duration.ofMinutes(2);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void shouldRecogniseARoundAndPublishEachMovement() throws Exception {
        String commune = TestKeys.commune();
        List<String> codes = opening(commune, 2022, "2021-12-15", List.of(
                entry(household("Nà Đoỏng", "Nông Văn Páo", "Tày"), "POOR"),
                entry(household("Nà Đoỏng", "Lương Văn Tư", "Nùng"), "NEAR_POOR"),
                entry(household("Pò Peo", "Hoàng Văn Chúng", "Kinh"), "POOR")));
        String round = openRound(commune, "PERIODIC", 2022, null);
        Response batch = as("commune-officer", commune).body(Map.of("reviews", List.of(
                review(codes.get(0), "2022-10-03", 1_000_000, THREE, 0.8),
                review(codes.get(1), "2022-10-03", 1_400_000, FOUR, 0.75),
                review(codes.get(2), "2022-10-04", 2_000_000, THREE, 0.9),
                newReview(household("Bản Khuông", "Đàm Văn Sáng", "Tày"), "2022-10-05", 1_200_000, ONE))))
                .when().post("/api/v1/rounds/" + round + "/reviews");
        batch.then().statusCode(200).body("accepted", equalTo(4)).body("rejected", equalTo(0))
                .body("results.computedStatus", equalTo(List.of("POOR", "POOR", "AVERAGE_LIVING", "NEAR_POOR")));
        String newCode = batch.path("results[3].householdCode");

        as("commune-chair", commune).body(Map.of("decisionNumber", "215/QĐ-UBND", "decisionDate", "2022-12-10"))
                .when().post("/api/v1/rounds/" + round + "/decision")
                .then().statusCode(200)
                .body("approved", equalTo(4)).body("statusesChanged", equalTo(3))
                .body("movements", equalTo(Map.of("EXIT", 1, "FROM_NEAR_POOR", 1, "NEW", 1)));

        // Every event of this round, about any household of the commune: exactly the three that changed.
        List<ConsumerRecord<String, String>> events = TopicReader.read(bootstrap, EVENTS,
                r -> ofCommune(r, commune) && isStatusChange(r) && round.equals(data(r).path("causeId").asText()), 3,
                PUBLISHED_WITHIN);
        assertThat(events).hasSize(3);
        Map<String, JsonNode> byHousehold = events.stream().collect(Collectors.toMap(ConsumerRecord::key, this::data));
        assertThat(byHousehold).containsOnlyKeys(codes.get(1), codes.get(2), newCode);
        assertThat(byHousehold.get(codes.get(1)).get("movementKind").asText()).isEqualTo("FROM_NEAR_POOR");
        assertThat(byHousehold.get(codes.get(2)).get("movementKind").asText()).isEqualTo("EXIT");
        JsonNode fresh = byHousehold.get(newCode);
        assertThat(fresh.get("movementKind").asText()).isEqualTo("NEW");
        assertThat(fresh.get("statusBefore").isNull()).isTrue();
        assertThat(fresh.get("listYear").asInt()).isEqualTo(2023);
        assertThat(fresh.get("decisionNumber").asText()).isEqualTo("215/QĐ-UBND");
        assertThat(fresh.get("districtCode").asText()).isEqualTo(district(commune, "2022-12-10"));
        assertThat(fresh.get("standardCode").asText()).isEqualTo("ND-07-2021");
        assertThat(fresh.get("ethnicMinority").asBoolean()).isTrue();
        // Version 2 of the event: the cause, the version of the standards data, the deprivations found (codes only).
        for (ConsumerRecord<String, String> r : events) {
            assertThat(MAPPER.readTree(r.value()).path("type").asText()).isEqualTo(EventTypes.HOUSEHOLD_STATUS_CHANGED_V2);
            assertThat(Schemas.payloadErrors(EventTypes.HOUSEHOLD_STATUS_CHANGED_V2, data(r))).isEmpty();
            assertThat(data(r).path("cause").asText()).isEqualTo("PERIODIC_REVIEW");
            assertThat(data(r).path("standardVersion").asText()).startsWith("ND-07-2021@");
        }
        assertThat(byHousehold.get(codes.get(1)).get("deprivedIndicators")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(FOUR);
        assertThat(fresh.get("deprivedIndicators")).extracting(JsonNode::asText).containsExactlyElementsOf(ONE);
        as("commune-officer", commune).queryParam("commune", commune).queryParam("year", 2023)
                .queryParam("status", "POOR").when().get("/api/v1/households").then()
                .body("code", containsInAnyOrder(codes.get(0), codes.get(1)));
        as("commune-officer", commune).when().get("/api/v1/households/" + codes.get(2)).then()
                .body("status", equalTo("AVERAGE_LIVING"))
                .body("history.movement", equalTo(List.of("OPENING_BALANCE", "EXIT")));
        // The registry's own counts of the published changes, in the cells of the reports' movement table, for anyone.
        given().queryParam("listYear", 2023).when().get("/api/v1/registry/movement-counts").then().statusCode(200)
                .body("findAll { it.communeCode == '" + commune + "' }.collect { it.status + ' ' + it.direction + ' '"
                        + " + it.kind + ' ' + it.households }", containsInAnyOrder("NEAR_POOR OUT FROM_NEAR_POOR 1",
                                "POOR IN FROM_NEAR_POOR 1", "POOR OUT EXIT 1", "NEAR_POOR IN NEW 1"));
        given().when().get("/api/v1/registry/movement-counts").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldCountAChangeByTheReformAloneAsReclassification() {
        // A town of the test province was urban (line 2,000,000) until 2025-06-30 and is a rural commune (1,500,000)
        // from 2025-07-01, as Trùng Khánh town (01477) was.
        String town = TestKeys.reform().successor();
        List<String> codes = opening(town, 2025, "2025-01-10",
                List.of(entry(household("Tổ 3", "Lý Văn Hùng", "Tày"), "POOR")));
        String round = openRound(town, "PERIODIC", 2025, null);
        as("commune-officer", town).body(Map.of("reviews", List.of(
                review(codes.get(0), "2025-10-01", 1_800_000, THREE, 0.9))))
                .when().post("/api/v1/rounds/" + round + "/reviews")
                .then().statusCode(200).body("results[0].computedStatus", equalTo("AVERAGE_LIVING"));
        as("commune-chair", town).body(Map.of("decisionNumber", "301/QĐ-UBND", "decisionDate", "2025-12-10"))
                .when().post("/api/v1/rounds/" + round + "/decision")
                .then().statusCode(200).body("movements", equalTo(Map.of("ADMINISTRATIVE_RECLASSIFICATION", 1)));
    }

    @Test
    void shouldReviewTheHouseholdsOfTheCommunesItWasFormedFromAfterTheReform() throws Exception {
        // The predecessor became part of the successor on 2025-07-01 (as Trung Phúc 01516 became part of Đoài Dương
        // 01525): the successor's 2025 review covers its list.
        TestKeys.Reform reform = TestKeys.reform();
        String successor = reform.successor();
        List<Map<String, Object>> list = List.of(
                entry(household("Xóm Pác Ngà", "Triệu Văn Sình", "Dao"), "POOR"),
                entry(household("Xóm Pác Ngà", "Bế Thị Liên", "Tày"), "NEAR_POOR"));
        // The predecessor's officers write nothing since it ended; the successor's enter its list of 2025 late.
        as("commune-officer", reform.predecessor())
                .body(openingList(reform.predecessor(), 2025, "2024-12-20", list))
                .when().post("/api/v1/opening-balances")
                .then().statusCode(403).body("detail", containsString("has not existed since 2025-06-30"));
        List<String> codes = as("commune-officer", successor)
                .body(openingList(reform.predecessor(), 2025, "2024-12-20", list))
                .when().post("/api/v1/opening-balances")
                .then().statusCode(201).extract().path("codes");
        String round = openRound(successor, "PERIODIC", 2025, null);
        as("commune-officer", successor).body(Map.of("reviews", List.of(
                review(codes.get(0), "2025-10-02", 1_000_000, THREE, 0.8),
                review(codes.get(1), "2025-10-02", 1_200_000, FOUR, 0.8))))
                .when().post("/api/v1/rounds/" + round + "/reviews")
                .then().statusCode(200).body("accepted", equalTo(2));
        as("commune-chair", successor).body(Map.of("decisionNumber", "88/QĐ-UBND", "decisionDate", "2025-12-11"))
                .when().post("/api/v1/rounds/" + round + "/decision")
                .then().statusCode(200).body("approved", equalTo(2))
                .body("movements", equalTo(Map.of("FROM_NEAR_POOR", 1)));

        List<ConsumerRecord<String, String>> events = TopicReader.read(bootstrap, EVENTS,
                r -> codes.contains(r.key()) && isStatusChange(r) && round.equals(data(r).path("causeId").asText()), 1,
                PUBLISHED_WITHIN);
        assertThat(events).extracting(ConsumerRecord::key).containsExactly(codes.get(1));
        assertThat(data(events.get(0)).get("communeCode").asText()).isEqualTo(successor);
        assertThat(data(events.get(0)).get("listYear").asInt()).isEqualTo(2026);
        as("commune-officer", successor).queryParam("commune", successor).when().get("/api/v1/households")
                .then().statusCode(200).body("code", containsInAnyOrder(codes.get(0), codes.get(1)));
        as("commune-officer", successor).when().get("/api/v1/households/" + codes.get(0)).then().statusCode(200)
                .body("status", equalTo("POOR"));
        // Another successor commune neither reads nor reviews them.
        String another = TestKeys.reform().successor();
        as("commune-officer", another).when().get("/api/v1/households/" + codes.get(0)).then().statusCode(403);
        String other = openRound(another, "PERIODIC", 2025, null);
        as("commune-officer", another).body(Map.of("reviews", List.of(
                review(codes.get(0), "2025-10-02", 1_000_000, THREE, 0.8))))
                .when().post("/api/v1/rounds/" + other + "/reviews")
                .then().statusCode(200).body("rejected", equalTo(1))
                .body("results[0].errors[0].message", equalTo("commune " + another + " has no household " + codes.get(0)));
    }

    @Test
    void shouldFlagLowIncomeWorkersOnlyOnSurveysFromTheDayTheirDecreeAppliedAndKeepTheStandardsVersion()
            throws Exception {
        // NĐ 30/2025 added the low-income worker on 24/02/2025: 2,000,000 đ rural is above the poverty line and within
        // the worker's line (2,250,000), a worker in 2026 and not in 2024.
        String commune = TestKeys.commune();
        List<String> codes = opening(commune, 2024, "2023-12-15", List.of(
                entry(household("Bản Giốc", "Nông Văn Sáng", "Tày"), "NEAR_POOR"),
                entry(household("Bản Giốc", "Nông Thị Thơm", "Tày"), "NEAR_POOR")));
        String before = openRound(commune, "REGULAR", 2024, 11);
        Response in2024 = as("commune-officer", commune).body(Map.of("reviews", List.of(
                review(codes.get(0), "2024-11-12", 2_000_000, List.of(), 0.8))))
                .when().post("/api/v1/rounds/" + before + "/reviews");
        in2024.then().statusCode(200).body("results[0].computedStatus", equalTo("AVERAGE_LIVING"))
                .body("results[0].explanationVi", not(containsString("thu nhập thấp")))
                .body("results[0].standardVersion", org.hamcrest.Matchers.startsWith("ND-07-2021@"))
                .body("results[0].provisionalFigures", equalTo(List.of("scoreA.averageLivingUpperBound")));
        String after = openRound(commune, "REGULAR", 2026, 10);
        Response in2026 = as("commune-officer", commune).body(Map.of("reviews", List.of(
                review(codes.get(1), "2026-10-12", 2_000_000, List.of(), 0.8))))
                .when().post("/api/v1/rounds/" + after + "/reviews");
        in2026.then().statusCode(200).body("results[0].computedStatus", equalTo("AVERAGE_LIVING"))
                .body("results[0].explanationVi", containsString("Có người lao động thu nhập thấp"))
                .body("results[0].explanationEn", containsString("low-income workers"));
        // Each review keeps the version of the standards data that classified it.
        for (Response r : List.of(in2024, in2026)) {
            try (java.sql.Connection c = dataSource.getConnection();
                    java.sql.PreparedStatement q = c.prepareStatement(
                            "SELECT standard_version, low_income_worker FROM review WHERE id = ?")) {
                q.setObject(1, java.util.UUID.fromString(r.path("results[0].reviewId")));
                try (java.sql.ResultSet row = q.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString(1)).isEqualTo(r.<String>path("results[0].standardVersion"));
                    assertThat(row.getBoolean(2)).isEqualTo(r == in2026);
                }
            }
        }
    }

    @Test
    void shouldCountAChangeByTheNewStandardAloneApartInTheReviewOfLate2026() throws Exception {
        // The review of late 2026 makes the list of 2027 under NĐ 351/2025: rural line 2,200,000 đ instead of
        // 1,500,000, the information-device indicator gone, domestic waste added.
        String commune = TestKeys.commune();
        List<String> codes = opening(commune, 2026, "2025-12-20", List.of(
                entry(household("Nà Giàng", "Hoàng Văn Dũng", "Nùng"), "NEAR_POOR"),
                entry(household("Nà Giàng", "Hoàng Thị Lan", "Nùng"), "POOR"),
                entry(household("Nà Giàng", "Ma Văn Hòa", "Tày"), "POOR")));
        String round = openRound(commune, "PERIODIC", 2026, null);
        as("commune-officer", commune).body(Map.of("reviews", List.of(
                // Poor only because domestic waste counts now: near-poor under the old standard's indicators.
                review(codes.get(0), "2026-10-05", 1_400_000, List.of("HEALTH_INSURANCE", "SANITATION", "WASTE"), 0.8),
                // Near-poor now; poor under the old standard had the information-device indicator been asked.
                review(codes.get(1), "2026-10-05", 1_400_000, List.of("HEALTH_INSURANCE", "SANITATION"), 0.8),
                // Above both lines: out of poverty by its answers.
                review(codes.get(2), "2026-10-06", 2_500_000, List.of(), 0.8))))
                .when().post("/api/v1/rounds/" + round + "/reviews")
                .then().statusCode(200).body("accepted", equalTo(3))
                .body("results.computedStatus", equalTo(List.of("POOR", "NEAR_POOR", "NOT_POOR")))
                .body("results[0].standardVersion", org.hamcrest.Matchers.startsWith("ND-351-2025@"));
        // A monthly review of the list of 2026, submitted while the list of 2027 is not yet recognised.
        String regular = openRound(commune, "REGULAR", 2026, 11);
        as("commune-officer", commune).body(Map.of("reviews", List.of(
                review(codes.get(2), "2026-11-20", 1_000_000, THREE, 0.8))))
                .when().post("/api/v1/rounds/" + regular + "/reviews")
                .then().statusCode(200).body("accepted", equalTo(1));
        as("commune-chair", commune).body(Map.of("decisionNumber", "117/QĐ-UBND", "decisionDate", "2026-11-27"))
                .when().post("/api/v1/rounds/" + round + "/decision")
                .then().statusCode(200)
                .body("movements", equalTo(Map.of("STANDARD_RECLASSIFICATION", 1, "FROM_POOR", 1, "EXIT", 1)))
                .body("standardChangesUnverified", equalTo(1));

        List<ConsumerRecord<String, String>> events = TopicReader.read(bootstrap, EVENTS,
                r -> ofCommune(r, commune) && isStatusChange(r) && round.equals(data(r).path("causeId").asText()), 3,
                PUBLISHED_WITHIN);
        Map<String, JsonNode> byHousehold = events.stream().collect(Collectors.toMap(ConsumerRecord::key, this::data));
        assertThat(byHousehold.get(codes.get(0)).path("movementKind").asText()).isEqualTo("STANDARD_RECLASSIFICATION");
        assertThat(byHousehold.get(codes.get(0)).path("standardCode").asText()).isEqualTo("ND-351-2025");
        assertThat(byHousehold.get(codes.get(0)).path("deprivedIndicators")).extracting(JsonNode::asText)
                .containsExactly("HEALTH_INSURANCE", "SANITATION", "WASTE");
        assertThat(byHousehold.get(codes.get(1)).path("movementKind").asText()).isEqualTo("FROM_POOR");
        assertThat(byHousehold.get(codes.get(1)).path("standardChangeUnverified").asBoolean()).isTrue();
        assertThat(byHousehold.get(codes.get(2)).path("movementKind").asText()).isEqualTo("EXIT");
        assertThat(byHousehold.get(codes.get(2)).path("standardChangeUnverified").asBoolean()).isFalse();
        for (JsonNode data : byHousehold.values()) {
            assertThat(Schemas.payloadErrors(EventTypes.HOUSEHOLD_STATUS_CHANGED_V2, data)).isEmpty();
        }
        // A monthly review of the list of 2026 after the list of 2027 is recognised would undo it: refused, alone;
        // and the one submitted before goes back to the commune when the month is decided.
        as("commune-officer", commune).body(Map.of("reviews", List.of(
                review(codes.get(0), "2026-11-28", 1_000_000, THREE, 0.8))))
                .when().post("/api/v1/rounds/" + regular + "/reviews")
                .then().statusCode(200).body("rejected", equalTo(1))
                .body("results[0].errors[0].message", equalTo("household " + codes.get(0)
                        + " is on the list of 2027 already; a review for the list of 2026 cannot change it"));
        as("commune-chair", commune).body(Map.of("decisionNumber", "118/QĐ-UBND", "decisionDate", "2026-11-28"))
                .when().post("/api/v1/rounds/" + regular + "/decision")
                .then().statusCode(200).body("approved", equalTo(0)).body("returned", equalTo(1))
                .body("statusesChanged", equalTo(0));
        as("commune-officer", commune).when().get("/api/v1/households/" + codes.get(2)).then().statusCode(200)
                .body("status", equalTo("NOT_POOR"));
    }

    @Test
    void shouldAcceptTheGoodRecordsOfABatchAndRejectTheBadOnes() {
        String commune = TestKeys.commune();
        List<String> codes = opening(commune, 2022, "2021-12-15", List.of(
                entry(household("Lũng Rì", "Hà Văn A", "Nùng"), "POOR"),
                entry(household("Lũng Rì", "Hà Văn B", "Nùng"), "POOR")));
        String round = openRound(commune, "REGULAR", 2022, 6);
        Map<String, Object> noDate = review(codes.get(1), null, 1_000_000, THREE, 0.8);
        Map<String, Object> both = review(codes.get(1), "2022-06-20", 1_000_000, THREE, 0.8);
        both.put("newHousehold", household("Lũng Rì", "Hà Văn C", "Nùng"));
        Response r = as("commune-officer", commune).body(Map.of("reviews", List.of(
                review(codes.get(0), "2022-06-20", 1_000_000, THREE, 0.8),
                noDate,
                review(codes.get(1), "2022-06-20", 1_000_000, List.of("WEALTH"), 0.8),
                both,
                review(commune + "-NOSUCHCODE", "2022-06-20", 1_000_000, THREE, 0.8),
                review(codes.get(1), "2022-06-21", 1_000_000, THREE, 0.4))))
                .when().post("/api/v1/rounds/" + round + "/reviews");
        r.then().statusCode(200).body("accepted", equalTo(1)).body("returned", equalTo(1)).body("rejected", equalTo(4))
                .body("results[1].errors.field", hasItem("surveyDate"))
                .body("results[2].errors.field", hasItem("deprivedIndicators"))
                .body("results[3].errors.field", hasItem("householdCode"))
                .body("results[4].errors.field", hasItem("householdCode"))
                .body("results[5].outcome", equalTo("RETURNED"));
        as("commune-officer", commune).when().get("/api/v1/rounds/" + round).then()
                .body("reviewsByStatus", equalTo(Map.of("RETURNED", 1, "SUBMITTED", 1)));
    }

    @Test
    void shouldChangeNothingWhenTheSameBatchIsSentAgain() {
        String commune = TestKeys.commune();
        List<String> codes = opening(commune, 2022, "2021-12-15", List.of(
                entry(household("Khuổi Khon", "Nông Văn D", "Tày"), "NEAR_POOR")));
        String round = openRound(commune, "REGULAR", 2022, 7);
        Map<String, Object> body = Map.of("reviews", List.of(
                review(codes.get(0), "2022-07-18", 1_000_000, THREE, 0.8),
                newReview(household("Khuổi Khon", "Nông Văn E", "Tày"), "2022-07-19", 900_000, FOUR)));
        String key = UUID.randomUUID().toString();
        Response first = as("commune-officer", commune).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/rounds/" + round + "/reviews");
        Response again = as("commune-officer", commune).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/rounds/" + round + "/reviews");
        first.then().statusCode(200).body("accepted", equalTo(2));
        again.then().statusCode(200).header("Idempotency-Replayed", "true");
        assertThat(first.header("Idempotency-Replayed")).isEqualTo("false");
        assertThat(again.asString()).isEqualTo(first.asString());
        as("commune-officer", commune).when().get("/api/v1/rounds/" + round).then()
                .body("reviewsByStatus", equalTo(Map.of("SUBMITTED", 2)));
        as("commune-officer", commune).queryParam("commune", commune).queryParam("village", "Khuổi Khon")
                .when().get("/api/v1/households").then().body("size()", equalTo(2));
    }

    @Test
    void shouldRefuseAsAConflictAReviewOfAHouseholdThatChangedSinceTheAppDownloadedIt() {
        String commune = TestKeys.commune();
        List<String> codes = opening(commune, 2022, "2021-12-15", List.of(
                entry(household("Khuổi Khon", "Nông Văn G", "Tày"), "NEAR_POOR")));
        int downloaded = as("commune-officer", commune).when().get("/api/v1/households/" + codes.get(0)).then()
                .extract().path("version");
        // Meanwhile the commune's periodic review moves it to the poor list: its version changes.
        String periodic = openRound(commune, "PERIODIC", 2022, null);
        as("commune-officer", commune).body(Map.of("reviews", List.of(review(codes.get(0), "2022-10-03", 1_000_000,
                THREE, 0.8)))).when().post("/api/v1/rounds/" + periodic + "/reviews").then().body("accepted", equalTo(1));
        as("commune-chair", commune).body(Map.of("decisionNumber", "301/QĐ-UBND", "decisionDate", "2022-12-10"))
                .when().post("/api/v1/rounds/" + periodic + "/decision").then().statusCode(200);
        int now = as("commune-officer", commune).when().get("/api/v1/households/" + codes.get(0)).then()
                .extract().path("version");
        assertThat(now).isNotEqualTo(downloaded);
        String regular = openRound(commune, "REGULAR", 2023, 3);
        Map<String, Object> stale = review(codes.get(0), "2023-03-06", 1_400_000, ONE, 0.8);
        stale.put("householdVersion", downloaded);
        as("commune-officer", commune).body(Map.of("reviews", List.of(stale)))
                .when().post("/api/v1/rounds/" + regular + "/reviews").then().statusCode(200)
                .body("rejected", equalTo(1)).body("results[0].errors[0].field", equalTo("householdVersion"))
                .body("results[0].errors[0].message", containsString("changed on the server"));
        as("commune-officer", commune).when().get("/api/v1/rounds/" + regular).then()
                .body("reviewsByStatus", equalTo(Map.of()));
        stale.put("householdVersion", now);
        as("commune-officer", commune).body(Map.of("reviews", List.of(stale)))
                .when().post("/api/v1/rounds/" + regular + "/reviews").then().statusCode(200)
                .body("accepted", equalTo(1)).body("results[0].computedStatus", equalTo("NEAR_POOR"));
    }

    @Test
    void shouldAnswerABatchResentAfterItsAnswerWasLostEvenOnceTheRoundIsDecided() {
        String commune = TestKeys.commune();
        List<String> codes = opening(commune, 2022, "2021-12-15", List.of(
                entry(household("Khuổi Khon", "Nông Văn H", "Tày"), "NEAR_POOR")));
        String round = openRound(commune, "REGULAR", 2022, 8);
        Map<String, Object> body = Map.of("reviews", List.of(review(codes.get(0), "2022-08-10", 1_000_000, THREE, 0.8)));
        String key = UUID.randomUUID().toString();
        Response first = as("commune-officer", commune).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/rounds/" + round + "/reviews");
        first.then().statusCode(200).body("accepted", equalTo(1));
        as("commune-chair", commune).body(Map.of("decisionNumber", "88/QĐ-UBND", "decisionDate", "2022-08-30"))
                .when().post("/api/v1/rounds/" + round + "/decision").then().statusCode(200);
        // The app that never got the first answer sends the batch again: it gets that answer, not a refusal.
        Response again = as("commune-officer", commune).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/rounds/" + round + "/reviews");
        again.then().statusCode(200).header("Idempotency-Replayed", "true");
        assertThat(again.asString()).isEqualTo(first.asString());
        // A new batch for the decided round is refused.
        as("commune-officer", commune).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .when().post("/api/v1/rounds/" + round + "/reviews").then().statusCode(409);
    }

    @Test
    void shouldKeepCommuneOfficersToTheirOwnCommune() {
        String commune = TestKeys.commune();
        String neighbour = TestKeys.commune();
        List<String> codes = opening(commune, 2022, "2021-12-15", List.of(
                entry(household("Bản Giốc", "Đinh Văn F", "Tày"), "POOR")));
        String round = openRound(commune, "REGULAR", 2022, 8);
        as("commune-officer", neighbour).body(Map.of("reviews", List.of(
                review(codes.get(0), "2022-08-20", 1_000_000, THREE, 0.8))))
                .when().post("/api/v1/rounds/" + round + "/reviews").then().statusCode(403);
        as("commune-officer", neighbour).queryParam("commune", commune).when().get("/api/v1/households")
                .then().statusCode(403).contentType("application/problem+json");
        as("commune-officer", neighbour).when().get("/api/v1/households/" + codes.get(0)).then().statusCode(403);
        as("commune-officer", neighbour).queryParam("commune", commune).when().get("/api/v1/rounds")
                .then().statusCode(403);
        as("commune-officer", commune).body(Map.of("decisionNumber", "1/QĐ", "decisionDate", "2022-08-30"))
                .when().post("/api/v1/rounds/" + round + "/decision").then().statusCode(403);
    }

    @Test
    void shouldSayWhatANumberWrittenAsTextShouldBe() {
        String commune = TestKeys.commune();
        String round = openRound(commune, "REGULAR", 2022, 3);
        as("commune-officer", commune).body("{\"reviews\":[{\"newHousehold\":{\"village\":\"Bản Giốc\",\"members\":"
                + "[{\"fullName\":\"Lục Thị H\",\"birthYear\":1980,\"sex\":\"FEMALE\",\"ethnicity\":\"Tày\","
                + "\"relation\":\"HEAD\"}]},\"surveyDate\":\"2022-03-10\",\"incomePerPersonMonthlyVnd\":900000,"
                + "\"deprivedIndicators\":[],\"meetingAgreeShare\":\"0.8\"}]}")
                .when().post("/api/v1/rounds/" + round + "/reviews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reviews[0].meetingAgreeShare"))
                .body("errors[0].message", equalTo("expected a number, written without quotes"));
        as("commune-officer", commune).queryParam("commune", commune).queryParam("heldYear", 2022)
                .when().get("/api/v1/rounds").then().body("find { it.id == '" + round + "' }.reviewsByStatus.size()",
                        equalTo(0));
    }

    @Test
    void shouldRefuseReviewsForADecidedRound() {
        String commune = TestKeys.commune();
        List<String> codes = opening(commune, 2022, "2021-12-15", List.of(
                entry(household("Bản Thuộc", "Lục Văn G", "Tày"), "POOR")));
        String round = openRound(commune, "REGULAR", 2022, 9);
        as("commune-chair", commune).body(Map.of("decisionNumber", "7/QĐ-UBND", "decisionDate", "2022-09-30"))
                .when().post("/api/v1/rounds/" + round + "/decision").then().statusCode(200).body("approved", equalTo(0));
        as("commune-officer", commune).body(Map.of("reviews", List.of(
                review(codes.get(0), "2022-09-20", 1_000_000, THREE, 0.8))))
                .when().post("/api/v1/rounds/" + round + "/reviews").then().statusCode(409);
        as("commune-officer", commune).queryParam("commune", commune).queryParam("heldYear", 2022)
                .when().get("/api/v1/rounds").then().statusCode(200)
                .body("find { it.id == '" + round + "' }.status", equalTo("DECIDED"))
                .body("find { it.id == '" + round + "' }.decisionNumber", equalTo("7/QĐ-UBND"))
                .body("find { it.id == '" + round + "' }.month", equalTo(9));
        as("commune-officer", commune).queryParam("commune", commune).queryParam("heldYear", 2021)
                .when().get("/api/v1/rounds").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void shouldShowNoPersonalDataToAnotherSystemUnlessItLooksAPersonUp() {
        String commune = TestKeys.commune();
        String province = AdministrativeUnits.get().provinceOf(commune).orElseThrow();
        Map<String, Object> hh = household("Phia Đén", "Mông Văn H", "Nùng");
        @SuppressWarnings("unchecked")
        String personalId = (String) ((List<Map<String, Object>>) hh.get("members")).get(0).get("personalId");
        List<String> codes = opening(commune, 2022, "2021-12-15", List.of(entry(hh, "POOR")));
        as("system", province).when().get("/api/v1/households/" + codes.get(0)).then().statusCode(200)
                .body("status", equalTo("POOR")).body("headName", nullValue()).body("members", nullValue());
        as("district-officer", district(commune, LocalDate.now().toString()))
                .when().get("/api/v1/households/" + codes.get(0)).then()
                .body("headName", equalTo("Mông Văn H")).body("members.personalId", hasItem(personalId));
        as("system", province).body(Map.of("personalId", personalId, "purpose", "Xét miễn học phí cho học sinh"))
                .when().post("/api/v1/households/lookup").then().statusCode(200).body("code", equalTo(codes.get(0)))
                .body("members", nullValue());
        as("auditor", province).queryParam("area", province).queryParam("entityType", "household")
                .queryParam("entityId", codes.get(0)).when().get("/api/v1/audit").then().statusCode(200)
                .body("items.action", equalTo(List.of("LOOKUP_BY_PERSONAL_ID")))
                .body("items[0].after.purpose", equalTo("Xét miễn học phí cho học sinh"))
                .body("items[0].after.personalId", equalTo(personalId))
                .body("items[0].after.found", equalTo(true));
        // A look-up that finds nobody is answered 404 and recorded all the same, with a purpose longer than the old
        // action column held.
        String nobody = "99" + String.valueOf(System.nanoTime()).substring(0, 10);
        String longPurpose = "Kiểm tra điều kiện hưởng chính sách hỗ trợ tiền điện cho hộ nghèo, hộ cận nghèo theo"
                + " quyết định của Thủ tướng Chính phủ năm 2026";
        as("system", province).body(Map.of("personalId", nobody, "purpose", longPurpose))
                .when().post("/api/v1/households/lookup").then().statusCode(404)
                .contentType("application/problem+json");
        as("auditor", province).queryParam("area", province).queryParam("entityType", "household")
                .queryParam("entityId", "none").queryParam("size", 500).when().get("/api/v1/audit").then()
                .statusCode(200)
                .body("items.find { it.after.personalId == '" + nobody + "' }.after.found", equalTo(false))
                .body("items.find { it.after.personalId == '" + nobody + "' }.after.purpose", equalTo(longPurpose))
                .body("items.find { it.after.personalId == '" + nobody + "' }.actor", equalTo("system-" + province));
        as("commune-officer", commune).body(Map.of("personalId", personalId, "purpose", "tò mò"))
                .when().post("/api/v1/households/lookup").then().statusCode(403);
    }

    @Test
    void shouldRefuseAnOpeningListDatedOutsideTheProgramsYearsWithAProblemAndWriteNothing() {
        String commune = TestKeys.commune();
        for (String date : List.of("-169104629-12-10", "1999-12-31", LocalDate.now().plusDays(2).toString())) {
            as("commune-officer", commune).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(openingList(commune, 2022, date, List.of(entry(household("Nà Thông", "Triệu Văn M", "Dao"),
                            "POOR"))))
                    .when().post("/api/v1/opening-balances").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("decisionDate"));
        }
        as("commune-officer", commune).queryParam("commune", commune).when().get("/api/v1/households")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void shouldRefuseATotalBelowTheRegistry() {
        String commune = TestKeys.commune();
        String neighbour = TestKeys.commune();
        String key = commune + ":2023";
        opening(commune, 2022, "2021-12-15", List.of(entry(household("Nà Thông", "Triệu Văn I", "Dao"), "POOR"),
                entry(household("Nà Thông", "Triệu Văn K", "Dao"), "NEAR_POOR")));
        as("commune-officer", commune).body(Map.of("totalHouseholds", 1)).when()
                .put("/api/v1/communes/" + commune + "/total-households/2023").then().statusCode(400)
                .body("errors.field", hasItem("totalHouseholds"));
        // A decision number longer than the register holds: a problem naming it, and nothing written.
        Map<String, Object> tooLong = new java.util.HashMap<>(openingList(commune, 2022, "2021-12-15",
                List.of(entry(household("Nà Thông", "Triệu Văn L", "Dao"), "POOR"))));
        tooLong.put("decisionNumber", "98/QĐ-UBND ".repeat(10));
        as("commune-officer", commune).body(tooLong).when().post("/api/v1/opening-balances").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("decisionNumber"));
        // A year no list can have, at the edge of an int: a problem naming it, never a 500.
        as("commune-officer", commune).when().get("/api/v1/communes/" + commune + "/total-households/2147483647")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("year")));
        as("commune-officer", commune).body(Map.of("totalHouseholds", 600, "ethnicMinorityHouseholds", 590)).when()
                .put("/api/v1/communes/" + commune + "/total-households/2023").then().statusCode(200)
                .body("total", equalTo(600));
        List<ConsumerRecord<String, String>> events = TopicReader.read(bootstrap, EVENTS,
                r -> key.equals(r.key()), 1, PUBLISHED_WITHIN);
        assertThat(events).hasSize(1);
        JsonNode total = data(events.get(0));
        assertThat(total.get("totalHouseholds").asLong()).isEqualTo(600);
        assertThat(total.get("ethnicMinorityHouseholds").asLong()).isEqualTo(590);
        assertThat(total.get("districtCode").asText()).isEqualTo(district(commune, "2023-01-01"));
        assertThat(Schemas.payloadErrors(EventTypes.TOTAL_HOUSEHOLDS_REPORTED, total)).isEmpty();
        // The same figures again change nothing: no second event.
        as("commune-officer", commune).body(Map.of("totalHouseholds", 600, "ethnicMinorityHouseholds", 590)).when()
                .put("/api/v1/communes/" + commune + "/total-households/2023").then().statusCode(200)
                .body("total", equalTo(600));
        as("district-officer", district(commune, "2023-01-01"))
                .when().get("/api/v1/communes/" + commune + "/total-households/2023").then()
                .statusCode(200).body("total", equalTo(600)).body("ethnicMinority", equalTo(590));
        // A changed total, reported after the repetition, is published under the same key, so to the same partition
        // and after anything the repetition could have published: once it is there, the topic shows the whole story.
        as("commune-officer", commune).body(Map.of("totalHouseholds", 601, "ethnicMinorityHouseholds", 590)).when()
                .put("/api/v1/communes/" + commune + "/total-households/2023").then().statusCode(200)
                .body("total", equalTo(601));
        assertThat(TopicReader.read(bootstrap, EVENTS, r -> key.equals(r.key()), 2, PUBLISHED_WITHIN).stream()
                .map(r -> data(r).get("totalHouseholds").asLong())).containsExactly(600L, 601L);
        as("commune-officer", commune).when().get("/api/v1/communes/" + commune + "/total-households/2019").then()
                .statusCode(404).contentType("application/problem+json");
        as("commune-officer", neighbour).when().get("/api/v1/communes/" + commune + "/total-households/2023").then()
                .statusCode(403);
    }

    @Test
    void shouldAssessACitizenWithoutLoginAndStoreNothing() {
        // About the real reference data (the commune's real name) and storing nothing, so a real commune serves.
        given().contentType("application/json").body(Map.of("communeCode", "01501", "listYear", 2023,
                "incomePerPersonMonthlyVnd", 1_350_000, "deprivedIndicators", THREE))
                .when().post("/api/v1/self-assessment").then().statusCode(200)
                .body("classification.status", equalTo("POOR"))
                .body("classification.explanationVi", org.hamcrest.Matchers.containsString("hộ nghèo"))
                .body("communeName", equalTo("Xã Chí Viễn"));
        given().contentType("application/json").body(Map.of("communeCode", "01501", "listYear", 2023,
                "incomePerPersonMonthlyVnd", 1_350_000, "deprivedIndicators", List.of("WEALTH")))
                .when().post("/api/v1/self-assessment").then().statusCode(400)
                .body("errors.field", hasItem("deprivedIndicators"));
        given().when().get("/api/v1/standards").then().statusCode(200)
                .body("code", equalTo(List.of("ND-07-2021", "ND-351-2025")))
                .body("[1].incomeLineVnd.RURAL", equalTo(2_200_000));
    }

    // ---- helpers

    /** The district the commune lay in on the date, as the events and the district officers name it. */
    private static String district(String commune, String date) {
        return AdministrativeUnits.get().ancestorAt(commune, UnitLevel.DISTRICT, LocalDate.parse(date)).orElseThrow()
                .code();
    }

    /** Whether the record is about a household registered in the commune: a household's code begins with it. */
    private static boolean ofCommune(ConsumerRecord<String, String> r, String commune) {
        return r.key() != null && r.key().startsWith(commune + "-");
    }

    /** Whether the record is a status change: a recognised review publishes its deprivations apart. */
    private static boolean isStatusChange(ConsumerRecord<String, String> r) {
        try {
            return EventTypes.HOUSEHOLD_STATUS_CHANGED_V2.equals(MAPPER.readTree(r.value()).path("type").asText());
        } catch (Exception e) {
            return false;
        }
    }

    private JsonNode data(ConsumerRecord<String, String> r) {
        try {
            return MAPPER.readTree(r.value()).get("data");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

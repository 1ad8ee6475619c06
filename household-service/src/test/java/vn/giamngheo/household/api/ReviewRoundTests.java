package vn.giamngheo.household.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.giamngheo.household.api.Households.FOUR;
import static vn.giamngheo.household.api.Households.ONE;
import static vn.giamngheo.household.api.Households.THREE;
import static vn.giamngheo.household.api.Households.as;
import static vn.giamngheo.household.api.Households.entry;
import static vn.giamngheo.household.api.Households.household;
import static vn.giamngheo.household.api.Households.newReview;
import static vn.giamngheo.household.api.Households.openingList;
import static vn.giamngheo.household.api.Households.review;

import java.time.Duration;
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
import vn.giamngheo.platform.events.testing.TopicReader;

/** A review round from the opening list to the chair's decision, with its movements on the real topic. */
@QuarkusTest
class ReviewRoundTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void shouldRecogniseARoundAndPublishEachMovement() throws Exception {
        List<String> codes = opening("01501", 2022, "2021-12-15", List.of(
                entry(household("Nà Đoỏng", "Nông Văn Páo", "Tày"), "POOR"),
                entry(household("Nà Đoỏng", "Lương Văn Tư", "Nùng"), "NEAR_POOR"),
                entry(household("Pò Peo", "Hoàng Văn Chúng", "Kinh"), "POOR")));
        String round = openRound("01501", "PERIODIC", 2022, null);
        Response batch = as("commune-officer", "01501").body(Map.of("reviews", List.of(
                review(codes.get(0), "2022-10-03", 1_000_000, THREE, 0.8),
                review(codes.get(1), "2022-10-03", 1_400_000, FOUR, 0.75),
                review(codes.get(2), "2022-10-04", 2_000_000, THREE, 0.9),
                newReview(household("Bản Khuông", "Đàm Văn Sáng", "Tày"), "2022-10-05", 1_200_000, ONE))))
                .when().post("/api/v1/rounds/" + round + "/reviews");
        batch.then().statusCode(200).body("accepted", equalTo(4)).body("rejected", equalTo(0))
                .body("results.computedStatus", equalTo(List.of("POOR", "POOR", "AVERAGE_LIVING", "NEAR_POOR")));
        String newCode = batch.path("results[3].householdCode");

        as("commune-chair", "01501").body(Map.of("decisionNumber", "215/QĐ-UBND", "decisionDate", "2022-12-10"))
                .when().post("/api/v1/rounds/" + round + "/decision")
                .then().statusCode(200)
                .body("approved", equalTo(4)).body("statusesChanged", equalTo(3))
                .body("movements", equalTo(Map.of("EXIT", 1, "FROM_NEAR_POOR", 1, "NEW", 1)));

        List<String> changed = List.of(codes.get(1), codes.get(2), newCode);
        List<ConsumerRecord<String, String>> events = TopicReader.read(bootstrap, "test.household-events",
                r -> changed.contains(r.key()) && r.value().contains("215/QĐ-UBND"), 3, Duration.ofSeconds(30));
        assertThat(events).hasSize(3);
        Map<String, JsonNode> byHousehold = events.stream().collect(Collectors.toMap(ConsumerRecord::key, this::data));
        assertThat(byHousehold.get(codes.get(1)).get("movementKind").asText()).isEqualTo("FROM_NEAR_POOR");
        assertThat(byHousehold.get(codes.get(2)).get("movementKind").asText()).isEqualTo("EXIT");
        JsonNode fresh = byHousehold.get(newCode);
        assertThat(fresh.get("movementKind").asText()).isEqualTo("NEW");
        assertThat(fresh.get("statusBefore").isNull()).isTrue();
        assertThat(fresh.get("listYear").asInt()).isEqualTo(2023);
        assertThat(fresh.get("districtCode").asText()).isEqualTo("047");
        assertThat(fresh.get("standardCode").asText()).isEqualTo("ND-07-2021");
        assertThat(fresh.get("ethnicMinority").asBoolean()).isTrue();
        for (JsonNode data : byHousehold.values()) {
            assertThat(Schemas.payloadErrors(EventTypes.HOUSEHOLD_STATUS_CHANGED, data)).isEmpty();
        }
        as("commune-officer", "01501").queryParam("commune", "01501").queryParam("year", 2023)
                .queryParam("status", "POOR").when().get("/api/v1/households").then()
                .body("code", org.hamcrest.Matchers.hasItems(codes.get(0), codes.get(1)))
                .body("code", org.hamcrest.Matchers.not(hasItem(codes.get(2))));
        as("commune-officer", "01501").when().get("/api/v1/households/" + codes.get(2)).then()
                .body("status", equalTo("AVERAGE_LIVING"))
                .body("history.movement", equalTo(List.of("OPENING_BALANCE", "EXIT")));
    }

    @Test
    void shouldCountAChangeByTheReformAloneAsReclassification() {
        // Trùng Khánh town was urban (line 2,000,000) until 2025-06-30; from 2025-07-01 a rural commune (1,500,000).
        List<String> codes = opening("01477", 2025, "2025-01-10",
                List.of(entry(household("Tổ 3", "Lý Văn Hùng", "Tày"), "POOR")));
        String round = openRound("01477", "PERIODIC", 2025, null);
        as("commune-officer", "01477").body(Map.of("reviews", List.of(
                review(codes.get(0), "2025-10-01", 1_800_000, THREE, 0.9))))
                .when().post("/api/v1/rounds/" + round + "/reviews")
                .then().statusCode(200).body("results[0].computedStatus", equalTo("AVERAGE_LIVING"));
        as("commune-chair", "01477").body(Map.of("decisionNumber", "301/QĐ-UBND", "decisionDate", "2025-12-10"))
                .when().post("/api/v1/rounds/" + round + "/decision")
                .then().statusCode(200).body("movements", equalTo(Map.of("ADMINISTRATIVE_RECLASSIFICATION", 1)));
    }

    @Test
    void shouldReviewTheHouseholdsOfTheCommunesItWasFormedFromAfterTheReform() throws Exception {
        // Trung Phúc (01516) became part of Đoài Dương (01525) on 2025-07-01: Đoài Dương's 2025 review covers its list.
        List<String> codes = opening("01516", 2025, "2024-12-20", List.of(
                entry(household("Xóm Pác Ngà", "Triệu Văn Sình", "Dao"), "POOR"),
                entry(household("Xóm Pác Ngà", "Bế Thị Liên", "Tày"), "NEAR_POOR")));
        String round = openRound("01525", "PERIODIC", 2025, null);
        as("commune-officer", "01525").body(Map.of("reviews", List.of(
                review(codes.get(0), "2025-10-02", 1_000_000, THREE, 0.8),
                review(codes.get(1), "2025-10-02", 1_200_000, FOUR, 0.8))))
                .when().post("/api/v1/rounds/" + round + "/reviews")
                .then().statusCode(200).body("accepted", equalTo(2));
        as("commune-chair", "01525").body(Map.of("decisionNumber", "88/QĐ-UBND", "decisionDate", "2025-12-11"))
                .when().post("/api/v1/rounds/" + round + "/decision")
                .then().statusCode(200).body("approved", equalTo(2))
                .body("movements", equalTo(Map.of("FROM_NEAR_POOR", 1)));

        List<ConsumerRecord<String, String>> events = TopicReader.read(bootstrap, "test.household-events",
                r -> r.key().equals(codes.get(1)) && r.value().contains("88/QĐ-UBND"), 1, Duration.ofSeconds(30));
        assertThat(data(events.get(0)).get("communeCode").asText()).isEqualTo("01525");
        assertThat(data(events.get(0)).get("listYear").asInt()).isEqualTo(2026);
        as("commune-officer", "01525").queryParam("commune", "01525").when().get("/api/v1/households")
                .then().statusCode(200).body("code", org.hamcrest.Matchers.hasItems(codes.get(0), codes.get(1)));
        as("commune-officer", "01525").when().get("/api/v1/households/" + codes.get(0)).then().statusCode(200)
                .body("status", equalTo("POOR"));
        // Another successor commune neither reads nor reviews them.
        as("commune-officer", "01465").when().get("/api/v1/households/" + codes.get(0)).then().statusCode(403);
        String other = openRound("01465", "PERIODIC", 2025, null);
        as("commune-officer", "01465").body(Map.of("reviews", List.of(
                review(codes.get(0), "2025-10-02", 1_000_000, THREE, 0.8))))
                .when().post("/api/v1/rounds/" + other + "/reviews")
                .then().statusCode(200).body("rejected", equalTo(1))
                .body("results[0].errors[0].message", equalTo("commune 01465 has no household " + codes.get(0)));
    }

    @Test
    void shouldAcceptTheGoodRecordsOfABatchAndRejectTheBadOnes() {
        List<String> codes = opening("01480", 2022, "2021-12-15", List.of(
                entry(household("Lũng Rì", "Hà Văn A", "Nùng"), "POOR"),
                entry(household("Lũng Rì", "Hà Văn B", "Nùng"), "POOR")));
        String round = openRound("01480", "REGULAR", 2022, 6);
        Map<String, Object> noDate = review(codes.get(1), null, 1_000_000, THREE, 0.8);
        Map<String, Object> both = review(codes.get(1), "2022-06-20", 1_000_000, THREE, 0.8);
        both.put("newHousehold", household("Lũng Rì", "Hà Văn C", "Nùng"));
        Response r = as("commune-officer", "01480").body(Map.of("reviews", List.of(
                review(codes.get(0), "2022-06-20", 1_000_000, THREE, 0.8),
                noDate,
                review(codes.get(1), "2022-06-20", 1_000_000, List.of("WEALTH"), 0.8),
                both,
                review("01480-NOSUCHCODE", "2022-06-20", 1_000_000, THREE, 0.8),
                review(codes.get(1), "2022-06-21", 1_000_000, THREE, 0.4))))
                .when().post("/api/v1/rounds/" + round + "/reviews");
        r.then().statusCode(200).body("accepted", equalTo(1)).body("returned", equalTo(1)).body("rejected", equalTo(4))
                .body("results[1].errors.field", hasItem("surveyDate"))
                .body("results[2].errors.field", hasItem("deprivedIndicators"))
                .body("results[3].errors.field", hasItem("householdCode"))
                .body("results[4].errors.field", hasItem("householdCode"))
                .body("results[5].outcome", equalTo("RETURNED"));
        as("commune-officer", "01480").when().get("/api/v1/rounds/" + round).then()
                .body("reviewsByStatus", equalTo(Map.of("RETURNED", 1, "SUBMITTED", 1)));
    }

    @Test
    void shouldChangeNothingWhenTheSameBatchIsSentAgain() {
        List<String> codes = opening("01483", 2022, "2021-12-15", List.of(
                entry(household("Khuổi Khon", "Nông Văn D", "Tày"), "NEAR_POOR")));
        String round = openRound("01483", "REGULAR", 2022, 7);
        Map<String, Object> body = Map.of("reviews", List.of(
                review(codes.get(0), "2022-07-18", 1_000_000, THREE, 0.8),
                newReview(household("Khuổi Khon", "Nông Văn E", "Tày"), "2022-07-19", 900_000, FOUR)));
        String key = UUID.randomUUID().toString();
        Response first = as("commune-officer", "01483").header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/rounds/" + round + "/reviews");
        Response again = as("commune-officer", "01483").header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/rounds/" + round + "/reviews");
        first.then().statusCode(200).body("accepted", equalTo(2));
        assertThat(again.asString()).isEqualTo(first.asString());
        as("commune-officer", "01483").when().get("/api/v1/rounds/" + round).then()
                .body("reviewsByStatus", equalTo(Map.of("SUBMITTED", 2)));
        as("commune-officer", "01483").queryParam("commune", "01483").queryParam("village", "Khuổi Khon")
                .when().get("/api/v1/households").then().body("size()", equalTo(2));
    }

    @Test
    void shouldKeepCommuneOfficersToTheirOwnCommune() {
        List<String> codes = opening("01489", 2022, "2021-12-15", List.of(
                entry(household("Bản Giốc", "Đinh Văn F", "Tày"), "POOR")));
        String round = openRound("01489", "REGULAR", 2022, 8);
        as("commune-officer", "01495").body(Map.of("reviews", List.of(
                review(codes.get(0), "2022-08-20", 1_000_000, THREE, 0.8))))
                .when().post("/api/v1/rounds/" + round + "/reviews").then().statusCode(403);
        as("commune-officer", "01495").queryParam("commune", "01489").when().get("/api/v1/households")
                .then().statusCode(403).contentType("application/problem+json");
        as("commune-officer", "01495").when().get("/api/v1/households/" + codes.get(0)).then().statusCode(403);
        as("commune-officer", "01495").queryParam("commune", "01489").when().get("/api/v1/rounds")
                .then().statusCode(403);
        as("commune-officer", "01489").body(Map.of("decisionNumber", "1/QĐ", "decisionDate", "2022-08-30"))
                .when().post("/api/v1/rounds/" + round + "/decision").then().statusCode(403);
    }

    @Test
    void shouldSayWhatANumberWrittenAsTextShouldBe() {
        String round = openRound("01519", "REGULAR", 2022, 3);
        as("commune-officer", "01519").body("{\"reviews\":[{\"newHousehold\":{\"village\":\"Bản Giốc\",\"members\":"
                + "[{\"fullName\":\"Lục Thị H\",\"birthYear\":1980,\"sex\":\"FEMALE\",\"ethnicity\":\"Tày\","
                + "\"relation\":\"HEAD\"}]},\"surveyDate\":\"2022-03-10\",\"incomePerPersonMonthlyVnd\":900000,"
                + "\"deprivedIndicators\":[],\"meetingAgreeShare\":\"0.8\"}]}")
                .when().post("/api/v1/rounds/" + round + "/reviews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reviews[0].meetingAgreeShare"))
                .body("errors[0].message", equalTo("expected a number, written without quotes"));
        as("commune-officer", "01519").queryParam("commune", "01519").queryParam("heldYear", 2022)
                .when().get("/api/v1/rounds").then().body("find { it.id == '" + round + "' }.reviewsByStatus.size()",
                        equalTo(0));
    }

    @Test
    void shouldRefuseReviewsForADecidedRound() {
        List<String> codes = opening("01498", 2022, "2021-12-15", List.of(
                entry(household("Bản Thuộc", "Lục Văn G", "Tày"), "POOR")));
        String round = openRound("01498", "REGULAR", 2022, 9);
        as("commune-chair", "01498").body(Map.of("decisionNumber", "7/QĐ-UBND", "decisionDate", "2022-09-30"))
                .when().post("/api/v1/rounds/" + round + "/decision").then().statusCode(200).body("approved", equalTo(0));
        as("commune-officer", "01498").body(Map.of("reviews", List.of(
                review(codes.get(0), "2022-09-20", 1_000_000, THREE, 0.8))))
                .when().post("/api/v1/rounds/" + round + "/reviews").then().statusCode(409);
        as("commune-officer", "01498").queryParam("commune", "01498").queryParam("heldYear", 2022)
                .when().get("/api/v1/rounds").then().statusCode(200)
                .body("find { it.id == '" + round + "' }.status", equalTo("DECIDED"))
                .body("find { it.id == '" + round + "' }.decisionNumber", equalTo("7/QĐ-UBND"))
                .body("find { it.id == '" + round + "' }.month", equalTo(9));
        as("commune-officer", "01498").queryParam("commune", "01498").queryParam("heldYear", 2021)
                .when().get("/api/v1/rounds").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void shouldShowNoPersonalDataToAnotherSystemUnlessItLooksAPersonUp() {
        Map<String, Object> hh = household("Phia Đén", "Mông Văn H", "Nùng");
        @SuppressWarnings("unchecked")
        String personalId = (String) ((List<Map<String, Object>>) hh.get("members")).get(0).get("personalId");
        List<String> codes = opening("01504", 2022, "2021-12-15", List.of(entry(hh, "POOR")));
        as("system", "04").when().get("/api/v1/households/" + codes.get(0)).then().statusCode(200)
                .body("status", equalTo("POOR")).body("headName", nullValue()).body("members", nullValue());
        as("district-officer", "047").when().get("/api/v1/households/" + codes.get(0)).then()
                .body("headName", equalTo("Mông Văn H")).body("members.personalId", hasItem(personalId));
        as("system", "04").body(Map.of("personalId", personalId, "purpose", "Xét miễn học phí cho học sinh"))
                .when().post("/api/v1/households/lookup").then().statusCode(200).body("code", equalTo(codes.get(0)))
                .body("members", nullValue());
        as("auditor", "04").queryParam("area", "04").queryParam("entityType", "household")
                .queryParam("entityId", codes.get(0)).when().get("/api/v1/audit").then().statusCode(200)
                .body("items[0].action", equalTo("LOOKUP_BY_PERSONAL_ID: Xét miễn học phí cho học sinh"));
        as("commune-officer", "01504").body(Map.of("personalId", personalId, "purpose", "tò mò"))
                .when().post("/api/v1/households/lookup").then().statusCode(403);
    }

    @Test
    void shouldRefuseATotalBelowTheRegistry() {
        opening("01507", 2022, "2021-12-15", List.of(entry(household("Nà Thông", "Triệu Văn I", "Dao"), "POOR"),
                entry(household("Nà Thông", "Triệu Văn K", "Dao"), "NEAR_POOR")));
        as("commune-officer", "01507").body(Map.of("totalHouseholds", 1)).when()
                .put("/api/v1/communes/01507/total-households/2023").then().statusCode(400)
                .body("errors.field", hasItem("totalHouseholds"));
        // A total of its own in every run: the topic keeps the events of earlier runs.
        long reported = 600 + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000);
        as("commune-officer", "01507").body(Map.of("totalHouseholds", reported, "ethnicMinorityHouseholds", 590)).when()
                .put("/api/v1/communes/01507/total-households/2023").then().statusCode(200)
                .body("total", equalTo((int) reported));
        List<ConsumerRecord<String, String>> events = TopicReader.read(bootstrap, "test.household-events",
                r -> "01507:2023".equals(r.key()) && data(r).path("totalHouseholds").asLong() == reported, 1,
                Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        JsonNode total = data(events.get(0));
        assertThat(total.get("ethnicMinorityHouseholds").asLong()).isEqualTo(590);
        assertThat(total.get("districtCode").asText()).isEqualTo("047");
        assertThat(Schemas.payloadErrors(EventTypes.TOTAL_HOUSEHOLDS_REPORTED, total)).isEmpty();
        // The same figures again change nothing: no second event.
        as("commune-officer", "01507").body(Map.of("totalHouseholds", reported, "ethnicMinorityHouseholds", 590)).when()
                .put("/api/v1/communes/01507/total-households/2023").then().statusCode(200)
                .body("total", equalTo((int) reported));
        assertThat(TopicReader.read(bootstrap, "test.household-events",
                r -> "01507:2023".equals(r.key()) && data(r).path("totalHouseholds").asLong() == reported, 2,
                Duration.ofSeconds(5))).hasSize(1);
        as("district-officer", "047").when().get("/api/v1/communes/01507/total-households/2023").then()
                .statusCode(200).body("total", equalTo((int) reported)).body("ethnicMinority", equalTo(590));
        as("commune-officer", "01507").when().get("/api/v1/communes/01507/total-households/2019").then()
                .statusCode(404).contentType("application/problem+json");
        as("commune-officer", "01489").when().get("/api/v1/communes/01507/total-households/2023").then()
                .statusCode(403);
    }

    @Test
    void shouldAssessACitizenWithoutLoginAndStoreNothing() {
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

    private List<String> opening(String commune, int listYear, String decisionDate, List<Map<String, Object>> entries) {
        return as("commune-officer", commune).body(openingList(commune, listYear, decisionDate, entries))
                .when().post("/api/v1/opening-balances")
                .then().statusCode(201).extract().path("codes");
    }

    private String openRound(String commune, String kind, int year, Integer month) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("communeCode", commune, "kind", kind, "heldYear", year));
        if (month != null) {
            body.put("month", month);
        }
        return as("commune-officer", commune).body(body).when().post("/api/v1/rounds")
                .then().statusCode(201).extract().path("id");
    }

    private JsonNode data(ConsumerRecord<String, String> r) {
        try {
            return MAPPER.readTree(r.value()).get("data");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

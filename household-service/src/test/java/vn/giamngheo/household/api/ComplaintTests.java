package vn.giamngheo.household.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.giamngheo.household.api.Households.ONE;
import static vn.giamngheo.household.api.Households.THREE;
import static vn.giamngheo.household.api.Households.as;
import static vn.giamngheo.household.api.Households.entry;
import static vn.giamngheo.household.api.Households.household;
import static vn.giamngheo.household.api.Households.opening;
import static vn.giamngheo.household.api.Households.openRound;
import static vn.giamngheo.household.api.Households.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.testing.Schemas;
import vn.giamngheo.platform.events.testing.TestKeys;

/**
 * A complaint about a decided list is recorded within the period the law allows, with the day its answer is due;
 * upheld on a re-survey, it changes the household's class by a decision of its own, with its movement and event, and
 * the round's decision stays as it was; one not answered in time is listed as overdue.
 */
@QuarkusTest
class ComplaintTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void shouldCorrectAClassByANewDecisionWhenAComplaintIsUpheldAndListTheOverdueOnes() throws Exception {
        String commune = TestKeys.commune();
        // The regular round of two months ago: decided 31 to 62 days ago, within the 90 days of a complaint, and
        // long enough ago that a complaint received on its day is overdue now.
        YearMonth month = YearMonth.from(TODAY).minusMonths(2);
        List<String> codes = opening(commune, month.getYear(), (month.getYear() - 1) + "-12-20", List.of(
                entry(household("Bản Giốc", "Nông Văn Pháo", "Tày"), "NEAR_POOR"),
                entry(household("Bản Giốc", "Hoàng Văn Sinh", "Nùng"), "NEAR_POOR")));
        String round = decidedRegular(commune, month, codes);
        String decided = month.atEndOfMonth().toString();
        JsonPath before = ChangeRequestTests.read(commune, codes.get(0));
        assertThat(before.getString("status")).isEqualTo("NEAR_POOR");

        String upheld = record(commune, round, codes.get(0), decided, "POOR").then().statusCode(201)
                .body("status", equalTo("RECEIVED"))
                .body("lodgeDeadline", equalTo(month.atEndOfMonth().plusDays(90).toString()))
                .body("answerDue", equalTo(month.atEndOfMonth().plusDays(30).toString()))
                .body("periodSource", containsString("Luật Khiếu nại 2011"))
                .extract().path("id");
        String waiting = record(commune, round, codes.get(1), decided, null).then().statusCode(201).extract().path("id");

        // Upheld only on a re-survey; the re-survey classifies as the round's standard does.
        as("commune-chair", commune).body(Map.of("upheld", true, "answer", "Phúc tra")).when()
                .post("/api/v1/complaints/" + upheld + "/answer").then().statusCode(409);
        as("commune-chair", commune).body(Map.of("officer", "commune-officer-" + commune)).when()
                .post("/api/v1/complaints/" + upheld + "/assignment").then().statusCode(200)
                .body("status", equalTo("ASSIGNED"));
        Map<String, Object> survey = new LinkedHashMap<>();
        survey.put("surveyDate", decided);
        survey.put("incomePerPersonMonthlyVnd", 1_250_000);
        survey.put("deprivedIndicators", THREE);
        as("commune-officer", commune).body(survey).when().post("/api/v1/complaints/" + upheld + "/re-survey").then()
                .statusCode(200).body("status", equalTo("RESURVEYED")).body("resurveyStatus", equalTo("POOR"));
        as("commune-chair", commune).body(Map.of("upheld", true, "answer", "Kết quả phúc tra: hộ nghèo",
                "decisionNumber", "12/QĐ-UBND", "decisionDate", TODAY.toString())).when()
                .post("/api/v1/complaints/" + upheld + "/answer").then().statusCode(200)
                .body("status", equalTo("UPHELD")).body("corrected", equalTo(true));

        JsonPath after = ChangeRequestTests.read(commune, codes.get(0));
        assertThat(after.getString("status")).isEqualTo("POOR");
        assertThat(after.getList("history.movement")).containsExactly("OPENING_BALANCE", "COMPLAINT_CORRECTION");
        assertThat(after.getString("history[1].cause")).isEqualTo("COMPLAINT");
        assertThat(after.getString("history[1].decisionNumber")).isEqualTo("12/QĐ-UBND");
        // The round's decision is as it was: it recognised the household near-poor, and says so still.
        as("commune-officer", commune).when().get("/api/v1/rounds/" + round).then().statusCode(200)
                .body("decisionNumber", equalTo("7/QĐ-UBND")).body("decisionDate", equalTo(decided));
        List<JsonNode> events = Households.outbox(dataSource, EventTypes.HOUSEHOLD_STATUS_CHANGED_V2, upheld);
        assertThat(events).hasSize(1);
        assertThat(Schemas.payloadErrors(EventTypes.HOUSEHOLD_STATUS_CHANGED_V2, events.get(0))).isEmpty();
        assertThat(events.get(0).path("cause").asText()).isEqualTo("COMPLAINT");
        assertThat(events.get(0).path("movementKind").asText()).isEqualTo("COMPLAINT_CORRECTION");
        assertThat(events.get(0).path("statusBefore").asText()).isEqualTo("NEAR_POOR");
        assertThat(events.get(0).path("statusAfter").asText()).isEqualTo("POOR");
        assertThat(events.get(0).path("listYear").asInt()).isEqualTo(month.getYear());

        // The other is past its day: listed as overdue until answered.
        List<String> overdue = as("commune-officer", commune).queryParam("commune", commune)
                .queryParam("overdue", true).when().get("/api/v1/complaints").then().statusCode(200)
                .extract().path("id");
        assertThat(overdue).containsExactly(waiting);
        as("commune-chair", commune).body(Map.of("upheld", false, "answer", "Hộ không thuộc diện")).when()
                .post("/api/v1/complaints/" + waiting + "/answer").then().statusCode(200)
                .body("status", equalTo("DISMISSED")).body("corrected", equalTo(false));
        as("commune-officer", commune).queryParam("commune", commune).queryParam("overdue", true).when()
                .get("/api/v1/complaints").then().statusCode(200).body("size()", equalTo(0));
        as("commune-chair", commune).body(Map.of("upheld", false, "answer", "again")).when()
                .post("/api/v1/complaints/" + waiting + "/answer").then().statusCode(409);
    }

    @Test
    void shouldRefuseAComplaintOnceItsPeriodIsOver() {
        String commune = TestKeys.commune();
        // Decided 92 days ago at the least.
        YearMonth month = YearMonth.from(TODAY).minusMonths(4);
        List<String> codes = opening(commune, month.getYear(), (month.getYear() - 1) + "-12-20", List.of(
                entry(household("Bản Giốc", "Nông Văn Pháo", "Tày"), "NEAR_POOR")));
        String round = decidedRegular(commune, month, codes);
        record(commune, round, codes.get(0), TODAY.toString(), "POOR").then().statusCode(422)
                .body("detail", containsString(month.atEndOfMonth().plusDays(90).toString()))
                .body("detail", containsString("Điều 9"));
        as("commune-officer", commune).queryParam("commune", commune).when().get("/api/v1/complaints").then()
                .statusCode(200).body("size()", equalTo(0));
    }

    /** A regular round of the month that reviewed the households near-poor again, decided on the month's last day. */
    private static String decidedRegular(String commune, YearMonth month, List<String> codes) {
        String round = openRound(commune, "REGULAR", month.getYear(), month.getMonthValue());
        List<Map<String, Object>> reviews = new ArrayList<>();
        for (String code : codes) {
            reviews.add(review(code, month.atDay(3).toString(), 1_250_000, ONE, 0.9));
        }
        as("commune-officer", commune).body(Map.of("reviews", reviews)).when()
                .post("/api/v1/rounds/" + round + "/reviews").then().statusCode(200)
                .body("accepted", equalTo(codes.size()));
        as("commune-chair", commune).body(Map.of("decisionNumber", "7/QĐ-UBND", "decisionDate",
                month.atEndOfMonth().toString())).when().post("/api/v1/rounds/" + round + "/decision").then()
                .statusCode(200);
        return round;
    }

    private static io.restassured.response.Response record(String commune, String round, String code,
            String receivedOn, String claimed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("roundId", round);
        body.put("householdCode", code);
        body.put("complainant", Map.of("name", "Nông Văn Pháo", "relation", "HOUSEHOLD"));
        body.put("ground", "Gia đình thiếu hụt nhiều hơn kết quả rà soát");
        body.put("claimedStatus", claimed);
        body.put("receivedOn", receivedOn);
        return as("commune-officer", commune).body(body).when().post("/api/v1/complaints");
    }
}

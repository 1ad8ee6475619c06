package vn.giamngheo.household.api;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.giamngheo.platform.web.testing.TestTokens;

/** Households, lists and review records as the commune apps send them, with identity numbers new to every run. */
public final class Households {

    private Households() {
    }

    public static RequestSpecification as(String role, String area) {
        return given().auth().oauth2(TestTokens.token(role, area)).contentType(ContentType.JSON);
    }

    public static String personalId() {
        return String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 999_999_999_999L));
    }

    public static Map<String, Object> household(String village, String head, String ethnicity) {
        List<Map<String, Object>> members = new ArrayList<>();
        members.add(member(head, 1975, "MALE", ethnicity, "HEAD"));
        members.add(member("Hoàng Thị Lụa", 1978, "FEMALE", ethnicity, "SPOUSE"));
        members.add(member("Nông Văn Thắng", 2008, "MALE", ethnicity, "CHILD"));
        return Map.of("village", village, "members", members);
    }

    public static Map<String, Object> member(String name, int born, String sex, String ethnicity, String relation) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", name);
        m.put("birthYear", born);
        m.put("sex", sex);
        m.put("ethnicity", ethnicity);
        m.put("relation", relation);
        m.put("healthInsurance", true);
        m.put("personalId", personalId());
        return m;
    }

    static Map<String, Object> openingList(String commune, int listYear, String decisionDate,
            List<Map<String, Object>> entries) {
        return Map.of("communeCode", commune, "listYear", listYear, "decisionNumber", "98/QĐ-UBND",
                "decisionDate", decisionDate, "households", entries);
    }

    public static Map<String, Object> entry(Map<String, Object> household, String status) {
        return Map.of("household", household, "status", status);
    }

    static Map<String, Object> review(String code, String surveyDate, long income, List<String> deprived,
            double meetingShare) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("householdCode", code);
        r.put("surveyDate", surveyDate);
        r.put("incomePerPersonMonthlyVnd", income);
        r.put("deprivedIndicators", deprived);
        r.put("meetingAgreeShare", meetingShare);
        return r;
    }

    static Map<String, Object> newReview(Map<String, Object> household, String surveyDate, long income,
            List<String> deprived) {
        Map<String, Object> r = review(null, surveyDate, income, deprived, 0.9);
        r.remove("householdCode");
        r.put("newHousehold", household);
        return r;
    }

    static final List<String> THREE = List.of("HEALTH_INSURANCE", "SANITATION", "TELECOM");
    static final List<String> FOUR = List.of("HEALTH_INSURANCE", "SANITATION", "TELECOM", "DRINKING_WATER");
    static final List<String> ONE = List.of("TELECOM");

    public static List<String> opening(String commune, int listYear, String decisionDate, List<Map<String, Object>> entries) {
        return as("commune-officer", commune).body(openingList(commune, listYear, decisionDate, entries))
                .when().post("/api/v1/opening-balances")
                .then().statusCode(201).extract().path("codes");
    }

    /** The payloads of the events of a type that a cause (a round, a request, a complaint) wrote to the outbox. */
    static List<com.fasterxml.jackson.databind.JsonNode> outbox(javax.sql.DataSource dataSource, String type,
            String causeId) throws java.sql.SQLException, java.io.IOException {
        List<com.fasterxml.jackson.databind.JsonNode> events = new ArrayList<>();
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement q = c.prepareStatement("SELECT payload::text FROM outbox_event"
                        + " WHERE type = ? AND payload->>'causeId' = ?")) {
            q.setString(1, type);
            q.setString(2, causeId);
            try (java.sql.ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    events.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(rows.getString(1)));
                }
            }
        }
        return events;
    }

    /** The count a query of the service's own tables gives, for what an API does not show (deliveries, audit). */
    static long count(javax.sql.DataSource dataSource, String sql, String... params) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setString(i + 1, params[i]);
            }
            try (java.sql.ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    public static String openRound(String commune, String kind, int year, Integer month) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("communeCode", commune, "kind", kind, "heldYear", year));
        if (month != null) {
            body.put("month", month);
        }
        return as("commune-officer", commune).body(body).when().post("/api/v1/rounds")
                .then().statusCode(201).extract().path("id");
    }
}

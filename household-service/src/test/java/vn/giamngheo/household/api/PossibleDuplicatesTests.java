package vn.giamngheo.household.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.giamngheo.household.api.Households.as;
import static vn.giamngheo.household.api.Households.entry;
import static vn.giamngheo.household.api.Households.member;
import static vn.giamngheo.household.api.Households.opening;
import static vn.giamngheo.household.api.Households.openingList;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.giamngheo.platform.events.testing.TestKeys;

/**
 * One person, one household: an identity number held by a member of one household is refused to another, naming the
 * household that holds it; members without one who share a name (diacritics aside), a birth year and a village with
 * another household's are flagged, and an officer's resolution of each is audited.
 */
@QuarkusTest
class PossibleDuplicatesTests {

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void shouldRefuseAnIdentityNumberAnotherHouseholdHoldsNamingThatHousehold() {
        String commune = TestKeys.commune();
        Map<String, Object> head = member("Lý Văn Tình", 1970, "MALE", "Dao", "HEAD");
        String code = opening(commune, 2026, "2025-12-20", List.of(entry(Map.of("village", "Bản Giốc", "members",
                List.of(head)), "POOR"))).get(0);
        Map<String, Object> again = member("Lý Văn Tình", 1970, "MALE", "Dao", "HEAD");
        again.put("personalId", head.get("personalId"));
        as("commune-officer", commune).body(openingList(commune, 2026, "2025-12-20", List.of(entry(Map.of("village",
                "Nà Rầy", "members", List.of(again)), "POOR")))).when().post("/api/v1/opening-balances").then()
                .statusCode(400).body("errors.message", hasItem(containsString("household " + code)));
    }

    @Test
    void shouldFlagNamesakesOfTheSameVillageAndBirthYearAndAuditEachResolution() throws Exception {
        String commune = TestKeys.commune();
        List<String> codes = opening(commune, 2026, "2025-12-20", List.of(
                entry(household("Bản Giốc", "Nông Thị Mẫu", 1990, "Hoàng Văn Khánh", 1961), "POOR"),
                entry(household("Bản Giốc", "Nong Thi Mau", 1990, "Hoàng Văn Khanh", 1961), "NEAR_POOR"),
                entry(household("Nà Rầy", "Nông Thị Mẫu", 1990, "Lục Văn Sơn", 1950), "POOR"),
                entry(household("Bản Giốc", "Nông Thị Mẫu", 1991, "Lục Văn Hà", 1952), "POOR")));
        List<Map<String, Object>> pairs = as("commune-officer", commune).queryParam("commune", commune)
                .queryParam("status", "OPEN").when().get("/api/v1/possible-duplicates").then().statusCode(200)
                .extract().jsonPath().getList("$");
        // Another village, another birth year: not flagged.
        assertThat(pairs).hasSize(2);
        JsonPath mau = pair(commune, pairs, "Nông Thị Mẫu");
        JsonPath khanh = pair(commune, pairs, "Hoàng Văn Khánh");
        assertThat(List.of(mau.getString("member.householdCode"), mau.getString("other.householdCode")))
                .containsExactlyInAnyOrder(codes.get(0), codes.get(1));

        as("commune-officer", commune).body(Map.of("resolution", "DISTINCT", "note", "Hai người, đã hỏi trưởng thôn"))
                .when().post("/api/v1/possible-duplicates/" + mau.getString("id") + "/resolution").then()
                .statusCode(200).body("status", equalTo("DISTINCT")).body("resolvedBy",
                        equalTo("commune-officer-" + commune));
        as("commune-officer", commune).body(Map.of("resolution", "DISTINCT", "note", "again")).when()
                .post("/api/v1/possible-duplicates/" + mau.getString("id") + "/resolution").then().statusCode(409);

        // The same man registered twice: the second household's record leaves it once the chair approves.
        String extra = khanh.getString("member.householdCode").equals(codes.get(1)) ? khanh.getString("member.memberId")
                : khanh.getString("other.memberId");
        String request = as("commune-officer", commune).body(Map.of("resolution", "SAME_PERSON", "note",
                "Cùng một người", "removeMemberId", extra)).when()
                .post("/api/v1/possible-duplicates/" + khanh.getString("id") + "/resolution").then().statusCode(200)
                .body("status", equalTo("SAME_PERSON")).extract().path("changeRequest");
        assertThat(ChangeRequestTests.read(commune, codes.get(1)).getList("members.fullName"))
                .contains("Hoàng Văn Khanh");
        as("commune-chair", commune).body(Map.of("approve", true)).when()
                .post("/api/v1/change-requests/" + request + "/decision").then().statusCode(200)
                .body("reason", equalTo("DUPLICATE")).body("status", equalTo("APPLIED"));
        assertThat(ChangeRequestTests.read(commune, codes.get(1)).getList("members.fullName"))
                .containsExactly("Nong Thi Mau");
        // The resolved pair still names both records, the removed one from the former members.
        as("commune-officer", commune).when().get("/api/v1/possible-duplicates/" + khanh.getString("id")).then()
                .statusCode(200).body("other.fullName", org.hamcrest.Matchers.notNullValue())
                .body("member.fullName", org.hamcrest.Matchers.notNullValue());

        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement q = c.prepareStatement("SELECT after_state->>'status' FROM audit_entry"
                        + " WHERE action = 'RESOLVE_DUPLICATE' AND entity_id IN (?, ?) ORDER BY occurred_at")) {
            q.setString(1, mau.getString("id"));
            q.setString(2, khanh.getString("id"));
            try (java.sql.ResultSet rows = q.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("DISTINCT");
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("SAME_PERSON");
                assertThat(rows.next()).isFalse();
            }
        }
    }

    private static JsonPath pair(String commune, List<Map<String, Object>> pairs, String name) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        Map<String, Object> found = pairs.stream().filter(p -> {
            String a = String.valueOf(((Map<?, ?>) p.get("member")).get("fullName"));
            return java.text.Normalizer.normalize(a, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .equals(folded);
        }).findFirst().orElseThrow();
        return as("commune-officer", commune).when().get("/api/v1/possible-duplicates/" + found.get("id")).then()
                .statusCode(200).extract().jsonPath();
    }

    /** A household of two members without identity numbers. */
    private static Map<String, Object> household(String village, String head, int born, String elder, int elderBorn) {
        Map<String, Object> h = member(head, born, "FEMALE", "Tày", "HEAD");
        h.remove("personalId");
        Map<String, Object> e = member(elder, elderBorn, "MALE", "Tày", "PARENT");
        e.remove("personalId");
        return Map.of("village", village, "members", List.of(h, e));
    }
}

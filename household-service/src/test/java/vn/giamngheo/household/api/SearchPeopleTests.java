package vn.giamngheo.household.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.giamngheo.household.api.Households.as;
import static vn.giamngheo.household.api.Households.entry;
import static vn.giamngheo.household.api.Households.member;
import static vn.giamngheo.household.api.Households.opening;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.events.testing.TestKeys;
import vn.giamngheo.platform.refdata.AdministrativeUnits;

/**
 * Officers find people by name as they type it — without diacritics, in any case, any word order — or by identity
 * number, within their area and no further.
 */
@QuarkusTest
class SearchPeopleTests {

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void shouldFindAHouseholdByANameTypedWithoutDiacriticsWithinTheOfficersArea() throws Exception {
        String commune = TestKeys.commune();
        String neighbour = TestKeys.commune();
        // A name of this run's own, so that earlier runs' households do not answer.
        String given = "Mẫu" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16)))).reduce("", String::concat);
        String head = "Nông Thị " + given;
        String id = String.format("%012d", Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 1_000_000_000_000L);
        Map<String, Object> mine = Map.of("village", "Xóm Nà Rầy", "members", List.of(
                withId(member(head, 1990, "FEMALE", "Nùng", "HEAD"), id)));
        Map<String, Object> theirs = Map.of("village", "Bản Giộc", "members", List.of(
                member(head, 1988, "FEMALE", "Tày", "HEAD")));
        String code = opening(commune, 2022, "2021-12-15", List.of(entry(mine, "POOR"))).get(0);
        String other = opening(neighbour, 2022, "2021-12-15", List.of(entry(theirs, "NEAR_POOR"))).get(0);
        String typed = java.text.Normalizer.normalize(head, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase();

        for (String query : List.of(typed, typed.toUpperCase(), "  " + head + " ", typed.split(" ")[2] + " nong")) {
            search("commune-officer", commune, commune, query).then().statusCode(200)
                    .body("code", equalTo(List.of(code)))
                    .body("[0].members.fullName", hasItem(head));
        }
        // The neighbour's namesake is the neighbour's: the province sees both.
        search("commune-officer", neighbour, neighbour, typed).then().statusCode(200).body("code", equalTo(List.of(other)));
        String province = AdministrativeUnits.get().provinceOf(commune).orElseThrow();
        search("province-officer", province, province, typed).then().statusCode(200)
                .body("code", org.hamcrest.Matchers.containsInAnyOrder(code, other));
        search("commune-officer", commune, commune, typed).then().body("code", org.hamcrest.Matchers.not(hasItem(other)));
        // Narrowed by status, village; by identity number (audited).
        as("commune-officer", commune).queryParam("area", commune).queryParam("name", typed)
                .queryParam("status", "NEAR_POOR").when().get("/api/v1/households/search").then().statusCode(200)
                .body("$", empty());
        as("commune-officer", commune).queryParam("area", commune).queryParam("personalId", id).when()
                .get("/api/v1/households/search").then().statusCode(200).body("code", equalTo(List.of(code)));
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement q = c.prepareStatement(
                        "SELECT count(*) FROM audit_entry WHERE action = 'SEARCH' AND entity_id = ?")) {
            q.setString(1, id);
            try (java.sql.ResultSet rows = q.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void shouldPageThroughTheAreaInOrderWhenTheNameIsCommon() {
        // "nong thi" matches more households of the province than the test profile sorts (3): the area is walked.
        String commune = TestKeys.commune();
        List<Map<String, Object>> entries = new java.util.ArrayList<>();
        for (String village : List.of("Bản B", "Bản A", "Bản C", "Bản A")) {
            entries.add(entry(Map.of("village", village, "members", List.of(
                    member("Nông Thị Lan", 1980, "FEMALE", "Tày", "HEAD"))), "POOR"));
        }
        entries.add(entry(Map.of("village", "Bản A", "members", List.of(
                member("Hoàng Văn Dũng", 1979, "MALE", "Tày", "HEAD"))), "POOR"));
        List<String> codes = opening(commune, 2022, "2021-12-15", entries);
        List<String> all = search("commune-officer", commune, commune, "nong thi").then().statusCode(200)
                .extract().path("code");
        assertThat(all).hasSize(4).doesNotContain(codes.get(4));
        List<String> villages = search("commune-officer", commune, commune, "nong thi").then().extract().path("village");
        assertThat(villages).containsExactly("Bản A", "Bản A", "Bản B", "Bản C");
        assertThat(all.subList(0, 2)).isSorted();
        as("commune-officer", commune).queryParam("area", commune).queryParam("name", "nong thi").queryParam("page", 1)
                .queryParam("size", 2).when().get("/api/v1/households/search").then().statusCode(200)
                .body("code", equalTo(all.subList(2, 4)));
    }

    @Test
    void shouldSearchOnlyWithinTheAreaAndForTheRolesThatMaySeeNames() {
        String commune = TestKeys.commune();
        String other = TestKeys.commune();
        search("commune-officer", commune, other, "nong thi mau").then().statusCode(403)
                .contentType("application/problem+json");
        search("system", commune, commune, "nong thi mau").then().statusCode(403);
        search("finance-officer", commune, commune, "nong thi mau").then().statusCode(403);
        given().queryParam("area", commune).queryParam("name", "nong").when().get("/api/v1/households/search").then()
                .statusCode(401);
        as("commune-officer", commune).queryParam("area", commune).when().get("/api/v1/households/search").then()
                .statusCode(400).body("errors.field", hasItem("name"));
        search("commune-officer", commune, commune, "n").then().statusCode(400)
                .body("errors.message", hasItem(containsString("two letters")));
        as("commune-officer", commune).queryParam("area", commune).queryParam("personalId", "12ab").when()
                .get("/api/v1/households/search").then().statusCode(400);
    }

    private static io.restassured.response.Response search(String role, String callerArea, String area, String name) {
        return as(role, callerArea).queryParam("area", area).queryParam("name", name).when()
                .get("/api/v1/households/search");
    }

    private static Map<String, Object> withId(Map<String, Object> member, String id) {
        member.put("personalId", id);
        return member;
    }
}

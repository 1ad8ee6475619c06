package vn.giamngheo.household.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static vn.giamngheo.household.api.Households.as;
import static vn.giamngheo.household.api.Households.entry;
import static vn.giamngheo.household.api.Households.household;
import static vn.giamngheo.household.api.Households.member;
import static vn.giamngheo.household.api.Households.opening;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.testing.Schemas;
import vn.giamngheo.platform.events.testing.TestKeys;

/**
 * Households change between reviews only through a request a commune officer proposes and the chair (or an officer the
 * chair designated, never the proposer) approves; a move also needs the destination's acceptance. Nothing changes
 * before that, and a request made against an older state of the household changes nothing.
 */
@QuarkusTest
class ChangeRequestTests {

    // Days that have come wherever the suite runs; the decision's year is the list year the move amends.
    private static final LocalDate MOVED = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(10);
    private static final String DECIDED = MOVED.plusDays(2).toString();

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void shouldMoveAHouseholdToAnotherCommuneOnlyOnceBothCommunesSaidYesAndCountItOutThereAndInHere() throws Exception {
        String origin = TestKeys.commune();
        String destination = TestKeys.commune();
        String code = opening(origin, 2026, "2025-12-20", List.of(entry(household("Bản Giốc", "Nông Văn Pháo", "Tày"),
                "POOR"))).get(0);
        int version = read(origin, code).getInt("version");
        Map<String, Object> move = change(code, version, "TRANSFER", "MOVED");
        move.put("destination", Map.of("communeCode", destination, "village", "Xóm Nà Rầy"));

        String key = UUID.randomUUID().toString();
        String id = as("commune-officer", origin).header("Idempotency-Key", key).body(Map.of("changes", List.of(move)))
                .when().post("/api/v1/change-requests").then().statusCode(200)
                .body("proposed", equalTo(1)).body("results[0].outcome", equalTo("PROPOSED"))
                .extract().path("results[0].changeRequestId");
        as("commune-officer", origin).header("Idempotency-Key", key).body(Map.of("changes", List.of(move)))
                .when().post("/api/v1/change-requests").then().statusCode(200)
                .header("Idempotency-Replayed", "true").body("results[0].changeRequestId", equalTo(id));

        // Nothing moves on a proposal, nor on the origin's approval alone.
        read(origin, code);
        as("commune-chair", destination).body(Map.of("approve", true)).when()
                .post("/api/v1/change-requests/" + id + "/decision").then().statusCode(403);
        as("commune-chair", origin).body(Map.of("approve", true, "decisionNumber", "41/QĐ-UBND",
                "decisionDate", DECIDED)).when().post("/api/v1/change-requests/" + id + "/decision").then()
                .statusCode(200).body("status", equalTo("AWAITING_DESTINATION"));
        JsonPath still = read(origin, code);
        assertThat(still.getString("communeCode")).isEqualTo(origin);
        assertThat(still.getInt("version")).isEqualTo(version);
        assertThat(still.getList("history")).hasSize(1);
        as("commune-chair", origin).body(Map.of("approve", true)).when()
                .post("/api/v1/change-requests/" + id + "/decision").then().statusCode(403)
                .body("detail", containsString(destination));
        as("commune-officer", destination).queryParam("commune", destination).when().get("/api/v1/change-requests")
                .then().statusCode(200).body("id", hasItem(id));

        as("commune-chair", destination).body(Map.of("approve", true, "decisionDate", DECIDED)).when()
                .post("/api/v1/change-requests/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("APPLIED")).body("outcome.from", equalTo(origin))
                .body("outcome.to", equalTo(destination));

        JsonPath moved = read(destination, code);
        assertThat(moved.getString("communeCode")).isEqualTo(destination);
        assertThat(moved.getString("status")).isEqualTo("POOR");
        assertThat(moved.getString("village")).isEqualTo("Xóm Nà Rầy");
        assertThat(moved.getList("history.movement")).containsExactly("OPENING_BALANCE", "OTHER_DECREASE",
                "OTHER_INCREASE");
        assertThat(moved.getList("history.communeCode")).containsExactly(origin, origin, destination);
        assertThat(moved.getList("changes.status")).containsExactly("APPLIED");
        as("commune-officer", origin).queryParam("commune", origin).when().get("/api/v1/households").then()
                .statusCode(200).body("code", not(hasItem(code)));
        as("commune-officer", destination).queryParam("commune", destination).when().get("/api/v1/households").then()
                .statusCode(200).body("code", equalTo(List.of(code)));

        // The registry's own movement table: one out of the origin's poor list, one into the destination's.
        int year = LocalDate.parse(DECIDED).getYear();
        List<Map<String, Object>> cells = as("province-officer", TestKeys.PROVINCE).queryParam("listYear", year).when()
                .get("/api/v1/registry/movement-counts").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(cells.stream().filter(c -> origin.equals(c.get("communeCode")) || destination.equals(c.get("communeCode")))
                .map(c -> c.get("communeCode") + " " + c.get("status") + " " + c.get("direction") + " " + c.get("kind")
                        + " " + c.get("households")).toList())
                .containsExactlyInAnyOrder(origin + " POOR IN OPENING_BALANCE 1", origin + " POOR OUT OTHER_DECREASE 1",
                        destination + " POOR IN OTHER_INCREASE 1");

        // Published in the acceptance's transaction: each commune's event, schema-valid, with the request as cause.
        List<JsonNode> events = Households.outbox(dataSource, EventTypes.HOUSEHOLD_STATUS_CHANGED_V2, id);
        assertThat(events).hasSize(2);
        for (JsonNode e : events) {
            assertThat(Schemas.payloadErrors(EventTypes.HOUSEHOLD_STATUS_CHANGED_V2, e)).isEmpty();
            assertThat(e.path("cause").asText()).isEqualTo("CHANGE_REQUEST");
            assertThat(e.path("statusBefore").asText()).isEqualTo("POOR");
            assertThat(e.path("statusAfter").asText()).isEqualTo("POOR");
        }
        assertThat(events.stream().map(e -> e.path("communeCode").asText() + " " + e.path("movementKind").asText()))
                .containsExactlyInAnyOrder(origin + " OTHER_DECREASE", destination + " OTHER_INCREASE");
        as("commune-chair", destination).body(Map.of("approve", true)).when()
                .post("/api/v1/change-requests/" + id + "/decision").then().statusCode(409);
    }

    @Test
    void shouldChangeMembersOnlyOnApprovalKeepThePreviousValuesAndRefuseAStaleRequest() {
        String commune = TestKeys.commune();
        String other = TestKeys.commune();
        List<String> codes = opening(commune, 2026, "2025-12-20", List.of(
                entry(household("Bản Giốc", "Nông Văn Pháo", "Tày"), "POOR"),
                entry(household("Bản Giốc", "Hoàng Văn Sinh", "Nùng"), "NEAR_POOR")));
        String code = codes.get(0);
        String otherCode = opening(other, 2026, "2025-12-20", List.of(entry(household("Nà Rầy", "Lý Văn Tình",
                "Dao"), "POOR"))).get(0);
        JsonPath before = read(commune, code);
        int version = before.getInt("version");
        String child = before.getString("members.find { it.relation == 'CHILD' }.id");
        String head = before.getString("members.find { it.relation == 'HEAD' }.id");
        String spouse = before.getString("members.find { it.relation == 'SPOUSE' }.id");
        String takenId = read(commune, codes.get(1)).getString("members[0].personalId");

        Map<String, Object> birth = change(code, version, "MEMBER_ADDED", "BIRTH");
        Map<String, Object> baby = member("Nông Thị Mai", MOVED.getYear(), "FEMALE", "Tày", "CHILD");
        baby.remove("personalId");
        birth.put("member", baby);
        Map<String, Object> rename = change(code, version, "MEMBER_CORRECTED", "CORRECTION");
        rename.put("memberId", child);
        rename.put("correction", Map.of("fullName", "Nông Văn Thắng Lợi"));
        Map<String, Object> unknown = change(code, version, "MEMBER_REMOVED", "DEATH");
        unknown.put("memberId", UUID.randomUUID().toString());
        Map<String, Object> elsewhere = change(otherCode, 0, "DISSOLVE", "ALL_MOVED_AWAY");
        Map<String, Object> headless = change(code, version, "MEMBER_REMOVED", "DEATH");
        headless.put("memberId", head);
        Map<String, Object> twice = change(code, version, "MEMBER_ADDED", "MOVED_IN");
        Map<String, Object> namesake = member("Hoàng Văn Sinh", 1975, "MALE", "Nùng", "OTHER");
        namesake.put("personalId", takenId);
        twice.put("member", namesake);
        Map<String, Object> staleOne = change(code, version + 5, "MEMBER_ADDED", "BIRTH");
        staleOne.put("member", baby);

        JsonPath batch = as("commune-officer", commune).body(Map.of("changes", List.of(birth, rename, unknown,
                elsewhere, headless, twice, staleOne))).when().post("/api/v1/change-requests").then().statusCode(200)
                .body("proposed", equalTo(2)).body("rejected", equalTo(5)).extract().jsonPath();
        assertThat(batch.getList("results.outcome")).containsExactly("PROPOSED", "PROPOSED", "REJECTED", "REJECTED",
                "REJECTED", "REJECTED", "REJECTED");
        assertThat(batch.getString("results[2].errors[0].field")).isEqualTo("changes[2].memberId");
        assertThat(batch.getString("results[3].errors[0].message")).contains("outside your area");
        assertThat(batch.getString("results[4].errors[0].field")).isEqualTo("changes[4].newHeadMemberId");
        assertThat(batch.getString("results[5].errors[0].message")).contains(codes.get(1));
        assertThat(batch.getString("results[6].errors[0].field")).isEqualTo("changes[6].householdVersion");
        String birthId = batch.getString("results[0].changeRequestId");
        String renameId = batch.getString("results[1].changeRequestId");
        assertThat(read(commune, code).getList("members")).hasSize(3);

        // The proposer never answers their own request, even when designated; a rejection says why.
        as("commune-chair", commune).when().put("/api/v1/communes/" + commune + "/change-approvers/commune-officer-"
                + commune).then().statusCode(204);
        as("commune-officer", commune).when().get("/api/v1/communes/" + commune + "/change-approvers").then()
                .statusCode(200).body("user", equalTo(List.of("commune-officer-" + commune)))
                .body("designatedBy", equalTo(List.of("commune-chair-" + commune)));
        as("commune-officer", commune).body(Map.of("approve", true)).when()
                .post("/api/v1/change-requests/" + birthId + "/decision").then().statusCode(403)
                .body("detail", containsString("You proposed this change"));
        as("commune-chair", commune).body(Map.of("approve", false)).when()
                .post("/api/v1/change-requests/" + birthId + "/decision").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));

        as("commune-chair", commune).body(Map.of("approve", true, "decisionDate", DECIDED)).when()
                .post("/api/v1/change-requests/" + birthId + "/decision").then().statusCode(200)
                .body("status", equalTo("APPLIED")).body("outcome.memberId", notNullValue());
        JsonPath born = read(commune, code);
        assertThat(born.getList("members.fullName")).contains("Nông Thị Mai");
        assertThat(born.getInt("memberCount")).isEqualTo(4);
        assertThat(born.getString("status")).isEqualTo("POOR");
        assertThat(born.getString("reviewDueSince")).isEqualTo(DECIDED);
        assertThat(born.getInt("version")).isEqualTo(version + 1);

        // The correction was made against the household before the birth: refused, nothing changes.
        as("commune-chair", commune).body(Map.of("approve", true, "decisionDate", DECIDED)).when()
                .post("/api/v1/change-requests/" + renameId + "/decision").then().statusCode(409)
                .body("detail", containsString("propose the change anew"));
        assertThat(read(commune, code).getList("members.fullName")).contains("Nông Văn Thắng");
        rename.put("householdVersion", version + 1);
        Map<String, Object> newHead = change(code, version + 1, "MEMBER_REMOVED", "DEATH");
        newHead.put("memberId", head);
        newHead.put("newHeadMemberId", spouse);
        List<String> ids = as("commune-officer", commune).body(Map.of("changes", List.of(rename))).when()
                .post("/api/v1/change-requests").then().statusCode(200).extract().path("results.changeRequestId");
        String corrected = ids.get(0);
        as("commune-chair", commune).body(Map.of("approve", true, "decisionDate", DECIDED)).when()
                .post("/api/v1/change-requests/" + corrected + "/decision").then().statusCode(200)
                .body("outcome.before.fullName", equalTo("Nông Văn Thắng"))
                .body("outcome.after.fullName", equalTo("Nông Văn Thắng Lợi"));
        newHead.put("householdVersion", read(commune, code).getInt("version"));
        String death = proposeOne(commune, newHead);
        as("commune-chair", commune).body(Map.of("approve", true, "decisionDate", DECIDED)).when()
                .post("/api/v1/change-requests/" + death + "/decision").then().statusCode(200)
                .body("outcome.removed.fullName", equalTo("Nông Văn Pháo"));
        JsonPath after = read(commune, code);
        assertThat(after.getString("headName")).isEqualTo("Hoàng Thị Lụa");
        assertThat(after.getList("members.fullName")).containsExactlyInAnyOrder("Hoàng Thị Lụa", "Nông Văn Thắng Lợi",
                "Nông Thị Mai");
        assertThat(after.getList("changes.status")).containsExactly("APPLIED", "PROPOSED", "APPLIED", "APPLIED");
        // None of these moves a list: the class stays as recognised, for the regular review to decide.
        assertThat(after.getList("history")).hasSize(1);
    }

    @Test
    void shouldSplitWithoutCopyingTheClassAndCountAHouseholdThatDissolvesOutOfItsList() {
        String commune = TestKeys.commune();
        // Its list of next year already recognised: what leaves it leaves that list, not the ending one.
        int next = LocalDate.parse(DECIDED).getYear() + 1;
        String code = opening(commune, next, MOVED.minusDays(5).toString(), List.of(entry(household("Bản Giốc",
                "Nông Văn Pháo", "Tày"), "POOR"))).get(0);
        JsonPath before = read(commune, code);
        List<String> everyone = before.getList("members.id");
        String child = before.getString("members.find { it.relation == 'CHILD' }.id");

        Map<String, Object> nobodyLeft = change(code, before.getInt("version"), "SPLIT", "SEPARATE_LIVING");
        nobodyLeft.put("split", Map.of("memberIds", everyone, "headMemberId", child, "village", "Bản Giốc"));
        as("commune-officer", commune).body(Map.of("changes", List.of(nobodyLeft))).when()
                .post("/api/v1/change-requests").then().statusCode(422)
                .body("errors.message", hasItem(containsString("nobody behind")));

        Map<String, Object> split = change(code, before.getInt("version"), "SPLIT", "MARRIAGE");
        split.put("split", Map.of("memberIds", List.of(child), "headMemberId", child, "village", "Bản Giốc"));
        String id = proposeOne(commune, split);
        String newCode = as("commune-chair", commune).body(Map.of("approve", true, "decisionDate", DECIDED)).when()
                .post("/api/v1/change-requests/" + id + "/decision").then().statusCode(200)
                .extract().path("outcome.newHouseholdCode");
        JsonPath young = read(commune, newCode);
        assertThat(young.getString("status")).isEqualTo("NOT_POOR");
        assertThat(young.getString("listYear")).isNull();
        assertThat(young.getString("headName")).isEqualTo("Nông Văn Thắng");
        assertThat(young.getString("reviewDueSince")).isEqualTo(DECIDED);
        JsonPath old = read(commune, code);
        assertThat(old.getString("status")).isEqualTo("POOR");
        assertThat(old.getInt("memberCount")).isEqualTo(2);

        String dissolve = proposeOne(commune, change(code, old.getInt("version"), "DISSOLVE", "ALL_MOVED_AWAY"));
        as("commune-chair", commune).body(Map.of("approve", true, "decisionDate", DECIDED)).when()
                .post("/api/v1/change-requests/" + dissolve + "/decision").then().statusCode(200)
                .body("outcome.formerMembers", equalTo(2));
        JsonPath gone = read(commune, code);
        assertThat(gone.getString("closedOn")).isEqualTo(DECIDED);
        assertThat(gone.getList("members")).isEmpty();
        assertThat(gone.getList("history.movement")).containsExactly("OPENING_BALANCE", "OTHER_DECREASE");
        assertThat(gone.getList("history.listYear")).containsExactly(next, next);
        as("commune-officer", commune).queryParam("commune", commune).when().get("/api/v1/households").then()
                .statusCode(200).body("code", equalTo(List.of(newCode)));
        // A closed household takes no more changes.
        as("commune-officer", commune).body(Map.of("changes", List.of(change(code, gone.getInt("version"), "DISSOLVE",
                "OTHER")))).when().post("/api/v1/change-requests").then().statusCode(422)
                .body("errors[0].field", equalTo("changes[0].householdCode"))
                .body("errors[0].message", containsString("no longer exists"));
    }

    private static String proposeOne(String commune, Map<String, Object> change) {
        return as("commune-officer", commune).body(Map.of("changes", List.of(change))).when()
                .post("/api/v1/change-requests").then().statusCode(200).body("results[0].outcome", equalTo("PROPOSED"))
                .extract().path("results[0].changeRequestId");
    }

    static Map<String, Object> change(String code, int version, String kind, String reason) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("householdCode", code);
        c.put("householdVersion", version);
        c.put("kind", kind);
        c.put("reason", reason);
        c.put("effectiveDate", MOVED.toString());
        return c;
    }

    static JsonPath read(String commune, String code) {
        return as("commune-officer", commune).when().get("/api/v1/households/" + code).then().statusCode(200)
                .extract().jsonPath();
    }
}

package vn.giamngheo.household.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.giamngheo.household.api.DciClient.json;
import static vn.giamngheo.household.api.DciClient.parse;
import static vn.giamngheo.household.api.DciClient.searchMessage;
import static vn.giamngheo.household.api.Households.entry;
import static vn.giamngheo.household.api.Households.household;
import static vn.giamngheo.household.api.Households.opening;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import vn.giamngheo.household.dci.Ed25519Keys;
import vn.giamngheo.household.dci.MessageSignatures;
import vn.giamngheo.platform.events.testing.TestKeys;
import vn.giamngheo.platform.web.testing.TestTokens;

/**
 * The DCI Social Registry API against the requirements of OpenSPP's compliance suite ({@code spdci-compliance},
 * profile sr-registry): each test is named by the requirement it proves, sends requests that are valid per the
 * specification's OpenAPI document, and validates every answer, callback and notification against it, on the
 * registry's real households.
 */
@QuarkusTest
class DciRegistryTests {

    static final List<String> PSEUDONYMOUS = List.of("household_id", "poverty_status", "list_year", "commune_code",
            "ethnic_minority", "group_size", "exit_date");
    static final List<String> EVERYTHING = List.of("household_id", "poverty_status", "list_year", "commune_code",
            "ethnic_minority", "group_size", "exit_date", "head_name", "village", "members", "identity_number");
    static final String LEGAL_BASIS = "Luật Bảo hiểm y tế 2008, Điều 12; NĐ 146/2018/NĐ-CP, Điều 3";

    @Inject
    javax.sql.DataSource dataSource;

    /** One commune's list, and a system registered for it with a receiver for its callbacks; made once per run. */
    static final class Fixture {
        final String commune = TestKeys.commune();
        final int listYear = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        final List<Map<String, Object>> households = List.of(household("Bản Giốc", "Nông Văn Pháo", "Tày"),
                household("Nà Rầy", "Hoàng Văn Sinh", "Nùng"), household("Pác Bó", "Lý Văn Tình", "Dao"));
        final List<String> codes;
        final CallbackReceiver receiver;
        final DciClient client;

        Fixture() throws IOException {
            codes = opening(commune, listYear, (listYear - 1) + "-12-20", List.of(entry(households.get(0), "POOR"),
                    entry(households.get(1), "NEAR_POOR"), entry(households.get(2), "POOR")));
            receiver = CallbackReceiver.up();
            client = DciClient.create().register(List.of(commune), EVERYTHING, LEGAL_BASIS, List.of(
                    receiver.uri("/registry/on-search"), receiver.uri("/registry/on-subscribe"),
                    receiver.uri("/registry/on-unsubscribe"), receiver.uri("/registry/txn/on-status")),
                    receiver.uri("/registry/notify"));
        }

        String personalIdOf(int household, int member) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> members = (List<Map<String, Object>>) households.get(household).get("members");
            return (String) members.get(member).get("personalId");
        }
    }

    private static Fixture fixture;

    static synchronized Fixture fixture() throws IOException {
        if (fixture == null) {
            fixture = new Fixture();
        }
        return fixture;
    }

    // --- criteria, as a system writes them ---

    static ObjectNode idType(String type, String value) {
        return parse("{\"query_type\": \"idtype-value\", \"query\": {\"type\": \"" + type + "\", \"value\": \""
                + value + "\"}}");
    }

    static ObjectNode expression(String query) {
        return parse("{\"query_type\": \"expression\", \"query\": {\"type\": \"ns:org:QueryType:expression\","
                + " \"value\": {\"expression\": {\"collection\": \"Group\", \"query\": " + query + "}}}}");
    }

    static ObjectNode predicate(String items) {
        return parse("{\"query_type\": \"predicate\", \"query\": " + items + "}");
    }

    static ObjectNode withPurpose(ObjectNode criteria) {
        criteria.set("authorize", parse("{\"@type\": \"Authorize\", \"ts\": \"" + OffsetDateTime.now() + "\","
                + " \"purpose\": {\"text\": \"Cấp thẻ BHYT cho người thuộc hộ nghèo\", \"code\": \"BHYT-HN\"}}"));
        return criteria;
    }

    private JsonNode syncSearch(DciClient client, ObjectNode message) {
        ObjectNode envelope = client.envelope("search", message, null);
        DciSpec.assertRequest("/registry/sync/search", envelope);
        Response response = client.post("/sync/search", envelope);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode body = json(response);
        DciSpec.assertSyncAnswer("/registry/sync/search", body);
        assertSignedByTheRegistry(body);
        return body;
    }

    /** Posts an async request, checks its ACK, and returns the callback the registry then posts. */
    private JsonNode asyncCall(Fixture f, String path, String action, String callbackPath, JsonNode message) {
        ObjectNode envelope = f.client.envelope(action, message, f.receiver.uri(callbackPath));
        DciSpec.assertRequest("/registry" + path, envelope);
        Response response = f.client.post(path, envelope);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        JsonNode ack = json(response);
        DciSpec.assertResponse(ack);
        assertThat(ack.path("message").path("ack_status").asText()).isEqualTo("ACK");
        String correlationId = ack.path("message").path("correlation_id").asText();
        assertThat(correlationId).isNotBlank();
        String transactionId = message.path("transaction_id").asText();
        JsonNode callback = await().atMost(Duration.ofSeconds(30)).until(() -> f.receiver.at(callbackPath).stream()
                .filter(c -> transactionId.equals(c.path("message").path("transaction_id").asText()))
                .findFirst().orElse(null), c -> c != null);
        assertThat(callback.path("message").path("correlation_id").asText()).isEqualTo(correlationId);
        DciSpec.assertRequest(callbackPath, callback);
        assertSignedByTheRegistry(callback);
        return callback;
    }

    /** The signature verifies with the key the registry publishes, over the header and message as received. */
    static void assertSignedByTheRegistry(JsonNode body) {
        JsonNode key = json(RestAssured.get("/api/v1/dci/registry-key").then().statusCode(200).extract().response());
        assertThat(key.path("registry_id").asText()).isEqualTo(DciClient.REGISTRY_ID);
        JsonNode jwk = key.path("keys").get(0);
        MessageSignatures.Refusal refusal = MessageSignatures.verify(body.path("signature").asText(),
                DciClient.REGISTRY_ID, jwk.path("kid").asText(), Ed25519Keys.fromJwk(jwk), body.path("header"),
                body.path("message"), java.time.Instant.now());
        assertThat(refusal).as("the registry's signature").isNull();
        assertThat(body.path("header").path("sender_id").asText()).isEqualTo(DciClient.REGISTRY_ID);
    }

    private static List<String> householdIds(JsonNode searchResponseItem) {
        List<String> ids = new ArrayList<>();
        searchResponseItem.path("data").path("reg_records").forEach(r -> ids.add(r.path("group_identifier").get(0)
                .path("identifier_value").asText()));
        return ids;
    }

    private static String fact(JsonNode record, String name) {
        for (JsonNode a : record.path("additional_attributes")) {
            if (a.has(name)) {
                return a.path(name).asText();
            }
        }
        return null;
    }

    // --- sync search ---

    @Test
    @DisplayName("SR-CORE-RG-SYNC-SEARCH-01: a sync idtype-value search answers with a spec-valid, signed SearchResponse")
    void SR_CORE_RG_SYNC_SEARCH_01() throws IOException {
        Fixture f = fixture();
        JsonNode body = syncSearch(f.client, searchMessage(idType("HOUSEHOLD_ID", f.codes.get(1))));
        JsonNode item = body.path("message").path("search_response").get(0);
        assertThat(item.path("status").asText()).isEqualTo("succ");
        assertThat(householdIds(item)).containsExactly(f.codes.get(1));
        JsonNode record = item.path("data").path("reg_records").get(0);
        assertThat(fact(record, "poverty_status")).isEqualTo("NEAR_POOR");
        assertThat(fact(record, "list_year")).isEqualTo(String.valueOf(f.listYear));
        assertThat(fact(record, "commune_code")).isEqualTo(f.commune);
        assertThat(record.path("group_size").asInt()).isEqualTo(3);
        // No purpose stated: the pseudonymous view, though the system may see more.
        assertThat(record.has("member_list")).isFalse();
        assertThat(record.has("group_head_info")).isFalse();
        assertThat(body.path("header").path("action").asText()).isEqualTo("on-search");
        assertThat(body.path("header").path("receiver_id").asText()).isEqualTo(f.client.senderId);
    }

    @Test
    @DisplayName("SR-EXTRA-RG-SYNC-SEARCH-REGRECORDS-01: reg_records holds Group records of the spec's shape, members"
            + " with their identity numbers for a stated purpose")
    void SR_EXTRA_RG_SYNC_SEARCH_REGRECORDS_01() throws Exception {
        Fixture f = fixture();
        JsonNode body = syncSearch(f.client, searchMessage(withPurpose(idType("HOUSEHOLD_ID", f.codes.get(0)))));
        JsonNode record = body.path("message").path("search_response").get(0).path("data").path("reg_records").get(0);
        assertThat(record.path("@type").asText()).isEqualTo("Group");
        assertThat(record.path("group_identifier").get(0).path("identifier_type").asText()).isEqualTo("HOUSEHOLD_ID");
        assertThat(record.path("group_type").asText()).isEqualTo("household");
        assertThat(record.path("place").path("address").asText()).startsWith("Bản Giốc, ");
        assertThat(record.path("group_head_info").path("demographic_info").path("name").path("surname").asText())
                .isEqualTo("Nông");
        assertThat(record.path("group_head_info").path("demographic_info").path("name").path("given_name").asText())
                .isEqualTo("Văn Pháo");
        JsonNode members = record.path("member_list");
        assertThat(members).hasSize(3);
        List<String> ids = new ArrayList<>();
        members.forEach(m -> ids.add(m.path("member_identifier").get(0).path("identifier_value").asText()));
        assertThat(ids).contains(f.personalIdOf(0, 0), f.personalIdOf(0, 1), f.personalIdOf(0, 2));
        members.forEach(m -> assertThat(m.path("demographic_info").path("sex").asText()).isIn("male", "female"));
        assertThat(audits(f.client.senderId, "DCI_SEARCH_PERSONAL")).isGreaterThanOrEqualTo(1);
    }

    @Test
    @DisplayName("SR-CORE-RG-SYNC-SEARCH-EXPRESSION-01: a sync expression search finds the commune's poor households,"
            + " sorted and paged")
    void SR_CORE_RG_SYNC_SEARCH_EXPRESSION_01() throws IOException {
        Fixture f = fixture();
        ObjectNode criteria = expression("{\"$and\": [{\"poverty_status\": {\"$eq\": \"POOR\"}},"
                + " {\"commune_code\": {\"$eq\": \"" + f.commune + "\"}}, {\"list_year\": {\"$gte\": " + f.listYear
                + "}}]}");
        criteria.set("sort", parse("{\"s\": [{\"attribute_name\": \"household_id\", \"sort_order\": \"desc\"}]}")
                .get("s"));
        criteria.set("pagination", parse("{\"page_size\": 1, \"page_number\": 2}"));
        JsonNode item = syncSearch(f.client, searchMessage(criteria)).path("message").path("search_response").get(0);
        assertThat(item.path("status").asText()).isEqualTo("succ");
        List<String> poor = new ArrayList<>(List.of(f.codes.get(0), f.codes.get(2)));
        poor.sort(java.util.Comparator.reverseOrder());
        assertThat(householdIds(item)).containsExactly(poor.get(1));
        assertThat(item.path("pagination").path("total_count").asInt()).isEqualTo(2);
        assertThat(item.path("pagination").path("page_number").asInt()).isEqualTo(2);
    }

    @Test
    @DisplayName("SR-CORE-RG-SYNC-SEARCH-PREDICATE-01: a sync predicate search answers by its conditions")
    void SR_CORE_RG_SYNC_SEARCH_PREDICATE_01() throws IOException {
        Fixture f = fixture();
        JsonNode item = syncSearch(f.client, searchMessage(predicate("[{\"seq_num\": 1, \"expression1\":"
                + " {\"attribute_name\": \"poverty_status\", \"operator\": \"in\", \"attribute_value\": \"POOR,NEAR_POOR\"},"
                + " \"condition\": \"not\", \"expression2\": {\"attribute_name\": \"household_id\", \"operator\": \"eq\","
                + " \"attribute_value\": \"" + f.codes.get(0) + "\"}}, {\"seq_num\": 2, \"expression1\":"
                + " {\"attribute_name\": \"group_size\", \"operator\": \"ge\", \"attribute_value\": \"3\"}}]")))
                .path("message").path("search_response").get(0);
        assertThat(item.path("status").asText()).as(item.toString()).isEqualTo("succ");
        assertThat(householdIds(item)).containsExactlyInAnyOrder(f.codes.get(1), f.codes.get(2));
    }

    @Test
    @DisplayName("A search for a member by identity number needs a purpose, is answered with the member and the"
            + " household's status, and is audited with the purpose")
    void shouldAnswerAnIdentityNumberOnlyForAStatedPurposeAndAuditIt() throws Exception {
        Fixture f = fixture();
        String number = f.personalIdOf(2, 1);
        JsonNode refused = syncSearch(f.client, searchMessage(idType("UIN", number))).path("message")
                .path("search_response").get(0);
        assertThat(refused.path("status").asText()).isEqualTo("rjct");
        assertThat(refused.path("status_reason_code").asText()).isEqualTo("rjct.search_criteria.invalid");
        assertThat(refused.path("status_reason_message").asText()).contains("purpose");
        long before = audits(f.client.senderId, "DCI_SEARCH_PERSONAL");

        ObjectNode criteria = withPurpose(idType("UIN", number));
        criteria.put("response_entity", "Member");
        JsonNode item = syncSearch(f.client, searchMessage(criteria)).path("message").path("search_response").get(0);
        assertThat(item.path("data").path("reg_record_type").asText()).isEqualTo("Member");
        JsonNode member = item.path("data").path("reg_records").get(0);
        assertThat(member.path("member_identifier").get(0).path("identifier_value").asText()).isEqualTo(number);
        assertThat(member.path("demographic_info").path("name").path("full_name").asText()).isEqualTo("Hoàng Thị Lụa");
        assertThat(fact(member, "household_id")).isEqualTo(f.codes.get(2));
        assertThat(fact(member, "poverty_status")).isEqualTo("POOR");
        assertThat(audits(f.client.senderId, "DCI_SEARCH_PERSONAL")).isEqualTo(before + 1);
        assertThat(lastAudit(f.client.senderId).path("purpose").asText()).contains("Cấp thẻ BHYT");
        // Answered by the worker, audited all the same, on the system's behalf.
        asyncCall(f, "/search", "search", "/registry/on-search", searchMessage(criteria.deepCopy()));
        assertThat(audits(f.client.senderId, "DCI_SEARCH_PERSONAL")).isEqualTo(before + 2);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'DCI_SEARCH_PERSONAL' AND actor <> ? AND"
                + " after_state->>'sender' = ?", f.client.clientId, f.client.senderId)).isZero();
        // What was searched is not kept once answered: the audit trail has it, with its purpose.
        assertThat(count("SELECT count(*) FROM dci_transaction WHERE sender_id = ? AND mode = 'sync' AND request IS NOT NULL",
                f.client.senderId)).isZero();
    }

    @Test
    @DisplayName("A system sees only the attributes and areas it is registered for: no names, no other commune")
    void shouldShowASystemOnlyItsAttributesAndAreas() throws IOException {
        Fixture f = fixture();
        String other = TestKeys.commune();
        List<String> elsewhere = opening(other, f.listYear, (f.listYear - 1) + "-12-20",
                List.of(entry(household("Bản Khuông", "Đàm Văn Hùng", "Tày"), "POOR")));
        DciClient pseudonymous = DciClient.create().register(List.of(f.commune), List.of("household_id",
                "poverty_status"), null, List.of(), null);
        JsonNode item = syncSearch(pseudonymous, searchMessage(withPurpose(idType("HOUSEHOLD_ID", f.codes.get(0)))))
                .path("message").path("search_response").get(0);
        JsonNode record = item.path("data").path("reg_records").get(0);
        assertThat(fact(record, "poverty_status")).isEqualTo("POOR");
        assertThat(record.has("member_list") || record.has("group_head_info") || record.has("place")
                || record.has("group_size")).isFalse();
        assertThat(fact(record, "list_year")).isNull();

        JsonNode byNumber = syncSearch(pseudonymous, searchMessage(withPurpose(idType("UIN", f.personalIdOf(0, 0)))))
                .path("message").path("search_response").get(0);
        assertThat(byNumber.path("status").asText()).isEqualTo("rjct");
        assertThat(byNumber.path("status_reason_message").asText()).contains("identity_number");
        JsonNode byYear = syncSearch(pseudonymous, searchMessage(expression("{\"list_year\": 2026}")))
                .path("message").path("search_response").get(0);
        assertThat(byYear.path("status").asText()).isEqualTo("rjct");
        ObjectNode sortedByYear = idType("HOUSEHOLD_ID", f.codes.get(0));
        sortedByYear.set("sort", parse("{\"s\": [{\"attribute_name\": \"list_year\"}]}").get("s"));
        JsonNode bySort = syncSearch(pseudonymous, searchMessage(sortedByYear)).path("message").path("search_response")
                .get(0);
        assertThat(bySort.path("status").asText()).isEqualTo("rjct");
        assertThat(bySort.path("status_reason_message").asText()).contains("list_year");

        JsonNode outside = syncSearch(f.client, searchMessage(idType("HOUSEHOLD_ID", elsewhere.get(0))))
                .path("message").path("search_response").get(0);
        assertThat(outside.path("status").asText()).isEqualTo("succ");
        assertThat(outside.path("pagination").path("total_count").asInt()).isZero();
    }

    // --- async search ---

    @Test
    @DisplayName("SR-CORE-RG-ASYNC-SEARCH-01: an async search is acknowledged with a spec-valid ACK")
    void SR_CORE_RG_ASYNC_SEARCH_01() throws IOException {
        Fixture f = fixture();
        asyncCall(f, "/search", "search", "/registry/on-search", searchMessage(idType("HOUSEHOLD_ID",
                f.codes.get(0))));
    }

    @Test
    @DisplayName("SR-CORE-RG-ASYNC-SEARCH-CB-01: an async search's answer is posted, signed, to the sender_uri with"
            + " the transaction and correlation ids")
    void SR_CORE_RG_ASYNC_SEARCH_CB_01() throws IOException {
        Fixture f = fixture();
        JsonNode callback = asyncCall(f, "/search", "search", "/registry/on-search", searchMessage(
                idType("HOUSEHOLD_ID", f.codes.get(2)), idType("HOUSEHOLD_ID", "99999-NOSUCHCODE")));
        assertThat(callback.path("header").path("action").asText()).isEqualTo("on-search");
        JsonNode items = callback.path("message").path("search_response");
        assertThat(householdIds(items.get(0))).containsExactly(f.codes.get(2));
        assertThat(items.get(1).path("pagination").path("total_count").asInt()).isZero();
    }

    @Test
    @DisplayName("SR-CORE-RG-ASYNC-SEARCH-EXPRESSION-01: an async expression search is acknowledged and answered")
    void SR_CORE_RG_ASYNC_SEARCH_EXPRESSION_01() throws IOException {
        Fixture f = fixture();
        JsonNode callback = asyncCall(f, "/search", "search", "/registry/on-search", searchMessage(expression(
                "{\"$or\": [{\"poverty_status\": \"NEAR_POOR\"}, {\"ethnic_minority\": {\"$eq\": false}}],"
                        + " \"commune_code\": \"" + f.commune + "\"}")));
        assertThat(householdIds(callback.path("message").path("search_response").get(0)))
                .containsExactly(f.codes.get(1));
    }

    @Test
    @DisplayName("SR-CORE-RG-ASYNC-SEARCH-PREDICATE-01: an async predicate search is acknowledged and answered")
    void SR_CORE_RG_ASYNC_SEARCH_PREDICATE_01() throws IOException {
        Fixture f = fixture();
        JsonNode callback = asyncCall(f, "/search", "search", "/registry/on-search", searchMessage(predicate(
                "[{\"seq_num\": 1, \"expression1\": {\"attribute_name\": \"poverty_status\", \"operator\": \"eq\","
                        + " \"attribute_value\": \"POOR\"}, \"condition\": \"and\", \"expression2\": {\"attribute_name\":"
                        + " \"list_year\", \"operator\": \"eq\", \"attribute_value\": \"" + f.listYear + "\"}}]")));
        assertThat(householdIds(callback.path("message").path("search_response").get(0)))
                .containsExactlyInAnyOrder(f.codes.get(0), f.codes.get(2));
    }

    // --- transaction status ---

    @Test
    @DisplayName("SR-CORE-RG-SYNC-TXNSTATUS-01: the status of an earlier search, by its transaction id, without its"
            + " records")
    void SR_CORE_RG_SYNC_TXNSTATUS_01() throws IOException {
        Fixture f = fixture();
        ObjectNode search = searchMessage(idType("HOUSEHOLD_ID", f.codes.get(0)), expression("{\"nope\": 1}"));
        syncSearch(f.client, search);
        ObjectNode envelope = f.client.envelope("txn-status", txnStatus("transaction_id", search.path("transaction_id")
                .asText()), null);
        DciSpec.assertRequest("/registry/sync/txn/status", envelope);
        Response response = f.client.post("/sync/txn/status", envelope);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        JsonNode body = json(response);
        DciSpec.assertSyncAnswer("/registry/sync/txn/status", body);
        assertSignedByTheRegistry(body);
        JsonNode status = body.path("message").path("txnstatus_response").path("txn_status");
        assertThat(status.path("transaction_id").asText()).isEqualTo(search.path("transaction_id").asText());
        assertThat(status.path("search_response").get(0).path("status").asText()).isEqualTo("succ");
        assertThat(status.path("search_response").get(1).path("status").asText()).isEqualTo("rjct");
        assertThat(status.path("search_response").get(0).has("data")).isFalse();

        JsonNode none = json(f.client.post("/sync/txn/status", f.client.envelope("txn-status",
                txnStatus("transaction_id", "no-such-transaction"), null)));
        DciSpec.assertSyncAnswer("/registry/sync/txn/status", none);
        assertThat(none.path("header").path("status").asText()).isEqualTo("rjct");
    }

    @Test
    @DisplayName("SR-CORE-RG-ASYNC-TXNSTATUS-01: an async transaction status request is acknowledged")
    void SR_CORE_RG_ASYNC_TXNSTATUS_01() throws IOException {
        Fixture f = fixture();
        asyncCall(f, "/txn/status", "txn-status", "/registry/txn/on-status", txnStatus("transaction_id", "none"));
    }

    @Test
    @DisplayName("SR-CORE-RG-ASYNC-TXNSTATUS-CB-01: the status comes to the sender_uri, by reference ids too")
    void SR_CORE_RG_ASYNC_TXNSTATUS_CB_01() throws IOException {
        Fixture f = fixture();
        ObjectNode search = searchMessage(idType("HOUSEHOLD_ID", f.codes.get(1)));
        syncSearch(f.client, search);
        ObjectNode request = txnStatus("reference_id_list", null);
        ((ObjectNode) request.path("txnstatus_request")).putArray("attribute_value")
                .add(search.path("search_request").get(0).path("reference_id").asText());
        JsonNode callback = asyncCall(f, "/txn/status", "txn-status", "/registry/txn/on-status", request);
        JsonNode status = callback.path("message").path("txnstatus_response").path("txn_status");
        assertThat(status.path("transaction_id").asText()).isEqualTo(search.path("transaction_id").asText());
        assertThat(status.path("search_response").get(0).path("status").asText()).isEqualTo("succ");
    }

    static ObjectNode txnStatus(String attributeType, String value) {
        ObjectNode m = parse("{\"transaction_id\": \"txn-" + UUID.randomUUID() + "\", \"txnstatus_request\":"
                + " {\"reference_id\": \"ref-" + UUID.randomUUID().toString().substring(0, 8) + "\", \"txn_type\":"
                + " \"search\", \"attribute_type\": \"" + attributeType + "\"}}");
        if (value != null) {
            ((ObjectNode) m.path("txnstatus_request")).put("attribute_value", value);
        }
        return m;
    }

    // --- subscriptions and notifications ---

    static ObjectNode subscribeMessage(String type, String value) {
        return parse("{\"transaction_id\": \"txn-" + UUID.randomUUID() + "\", \"subscribe_request\": [{"
                + "\"reference_id\": \"ref-" + UUID.randomUUID().toString().substring(0, 8) + "\", \"timestamp\": \""
                + OffsetDateTime.now() + "\", \"subscribe_criteria\": {\"reg_event_type\": \"REGISTER\", \"filter\":"
                + " {\"type\": \"" + type + "\", \"value\": \"" + value + "\"}, \"notify_record_type\": \"Group\"}}]}");
    }

    @Test
    @DisplayName("SR-CORE-RG-ASYNC-SUBSCRIBE-01: a subscription is acknowledged")
    void SR_CORE_RG_ASYNC_SUBSCRIBE_01() throws IOException {
        Fixture f = fixture();
        asyncCall(f, "/subscribe", "subscribe", "/registry/on-subscribe", subscribeMessage("UIN", "TEST-001"));
    }

    @Test
    @DisplayName("SR-CORE-RG-ASYNC-SUBSCRIBE-CB-01: the subscription's code comes in on-subscribe; the same one again"
            + " is refused as already subscribed")
    void SR_CORE_RG_ASYNC_SUBSCRIBE_CB_01() throws IOException {
        Fixture f = fixture();
        String code = subscribed(f, f.codes.get(1));
        assertThat(code).startsWith("sub-");
        JsonNode again = asyncCall(f, "/subscribe", "subscribe", "/registry/on-subscribe",
                subscribeMessage("HOUSEHOLD_ID", f.codes.get(1))).path("message").path("subscribe_response").get(0);
        assertThat(again.path("status").asText()).isEqualTo("rjct");
        assertThat(again.path("status_reason_code").asText()).isEqualTo("rjct.event.already_subscribed");
    }

    private String subscribed(Fixture f, String household) {
        JsonNode subscribed = asyncCall(f, "/subscribe", "subscribe", "/registry/on-subscribe",
                subscribeMessage("HOUSEHOLD_ID", household));
        JsonNode item = subscribed.path("message").path("subscribe_response").get(0);
        assertThat(item.path("status").asText()).isEqualTo("succ");
        return item.path("subscriptions").get(0).path("code").asText();
    }

    @Test
    @DisplayName("SR-CORE-RG-ASYNC-UNSUBSCRIBE-CB-01: a subscription's end comes in on-unsubscribe, a code not the"
            + " sender's named as invalid")
    void SR_CORE_RG_ASYNC_UNSUBSCRIBE_CB_01() throws IOException {
        Fixture f = fixture();
        String code = subscribed(f, f.codes.get(2));
        JsonNode ended = asyncCall(f, "/unsubscribe", "unsubscribe", "/registry/on-unsubscribe",
                unsubscribeMessage(code, "sub-not-mine"));
        assertThat(ended.path("message").path("status").asText()).isEqualTo("succ");
        assertThat(ended.path("message").path("subscription_status").get(0).path("code").asText()).isEqualTo(code);
        assertThat(ended.path("message").path("status_reason_code").asText()).isEqualTo("rjct.subscription_code.invalid");
    }

    @Test
    @DisplayName("SR-CORE-RG-ASYNC-UNSUBSCRIBE-01: an unsubscription is acknowledged, and an unknown code refused in"
            + " on-unsubscribe")
    void SR_CORE_RG_ASYNC_UNSUBSCRIBE_01() throws IOException {
        Fixture f = fixture();
        JsonNode callback = asyncCall(f, "/unsubscribe", "unsubscribe", "/registry/on-unsubscribe",
                unsubscribeMessage("sub-test-001"));
        assertThat(callback.path("message").path("status").asText()).isEqualTo("rjct");
    }

    static ObjectNode unsubscribeMessage(String... codes) {
        ObjectNode m = parse("{\"transaction_id\": \"txn-" + UUID.randomUUID() + "\", \"timestamp\": \""
                + OffsetDateTime.now() + "\"}");
        var list = m.putArray("subscription_codes");
        for (String c : codes) {
            list.add(c);
        }
        return m;
    }

    // --- auth, signature, malformed envelopes ---

    @ParameterizedTest(name = "{0}: {1} refuses a request without a token (401) and another role's token (403)")
    @CsvSource({"SR-SEC-AUTH-RG-ASYNC-SEARCH-01, /search, search",
        "SR-SEC-AUTH-RG-ASYNC-SUBSCRIBE-01, /subscribe, subscribe",
        "SR-SEC-AUTH-RG-ASYNC-UNSUBSCRIBE-01, /unsubscribe, unsubscribe",
        "SR-SEC-AUTH-RG-ASYNC-TXNSTATUS-01, /txn/status, txn-status",
        "SR-SEC-AUTH-RG-SYNC-SEARCH-01, /sync/search, search",
        "SR-SEC-AUTH-RG-SYNC-TXNSTATUS-01, /sync/txn/status, txn-status"})
    void SR_SEC_AUTH_RG(String requirement, String path, String action) throws IOException {
        Fixture f = fixture();
        ObjectNode envelope = f.client.envelope(action, searchMessage(idType("HOUSEHOLD_ID", f.codes.get(0))),
                f.receiver.uri("/registry/on-search"));
        Response anonymous = RestAssured.given().contentType("application/json").body(envelope.toString())
                .post(DciClient.BASE + path);
        assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
        DciSpec.assertHttpError(json(anonymous));
        DciSpec.assertResponse(json(anonymous));
        assertThat(json(anonymous).path("errors").get(0).path("code").asText()).isEqualTo("err.request.unauthorized");
        Response officer = RestAssured.given().auth().oauth2(TestTokens.token("commune-officer", f.commune))
                .contentType("application/json").body(envelope.toString()).post(DciClient.BASE + path);
        assertThat(officer.statusCode()).as(path).isEqualTo(403);
        assertThat(json(officer).path("errors").get(0).path("code").asText()).isEqualTo("err.request.forbidden");
    }

    @Test
    @DisplayName("SR-SEC-SIG-RG-01: a missing, malformed, tampered or foreign signature is refused, and nothing is done")
    void SR_SEC_SIG_RG_01() throws Exception {
        Fixture f = fixture();
        DciClient quiet = DciClient.create().register(List.of(f.commune), PSEUDONYMOUS, null,
                List.of(f.receiver.uri("/registry/on-search")), null);
        ObjectNode message = searchMessage(idType("HOUSEHOLD_ID", f.codes.get(0)));
        String uri = f.receiver.uri("/registry/on-search");

        ObjectNode stub = quiet.envelope("search", message, uri);
        stub.put("signature", "unsigned-stub");
        assertSignatureRefused(quiet.post("/search", stub), "err.signature.invalid");

        ObjectNode missing = quiet.envelope("search", message, uri);
        missing.remove("signature");
        assertSignatureRefused(quiet.post("/search", missing), "err.signature.missing");

        ObjectNode tampered = quiet.envelope("search", message, uri);
        ((ObjectNode) tampered.path("message").path("search_request").get(0).path("search_criteria").path("query"))
                .put("value", f.codes.get(1));
        assertSignatureRefused(quiet.post("/search", tampered), "err.signature.invalid");

        DciClient impostor = DciClient.create();
        ObjectNode foreign = impostor.signed(DciClient.header("search", quiet.senderId, uri), message);
        assertSignatureRefused(quiet.post("/search", foreign), "err.signature.invalid");

        assertThat(transactionsOf(quiet.senderId)).isZero();
        assertThat(deliveriesOf(quiet.senderId)).isZero();
    }

    private static void assertSignatureRefused(Response response, String code) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(401);
        DciSpec.assertHttpError(json(response));
        assertThat(json(response).path("errors").get(0).path("code").asText()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}: {1} refuses a request without its message with an ERR, and records nothing")
    @CsvSource({"SR-CORE-RG-ASYNC-SEARCH-NEG-01, /search, search",
        "SR-CORE-RG-ASYNC-SUBSCRIBE-NEG-01, /subscribe, subscribe",
        "SR-CORE-RG-ASYNC-UNSUBSCRIBE-NEG-01, /unsubscribe, unsubscribe",
        "SR-CORE-RG-ASYNC-TXNSTATUS-NEG-01, /txn/status, txn-status",
        "SR-CORE-RG-SYNC-SEARCH-NEG-01, /sync/search, search",
        "SR-CORE-RG-SYNC-TXNSTATUS-NEG-01, /sync/txn/status, txn-status"})
    void SR_CORE_RG_NEG_01(String requirement, String path, String action) throws Exception {
        Fixture f = fixture();
        DciClient quiet = DciClient.create().register(List.of(f.commune), PSEUDONYMOUS, null,
                List.of(f.receiver.uri("/registry/on-search")), null);
        ObjectNode envelope = quiet.envelope(action, com.fasterxml.jackson.databind.node.MissingNode.getInstance(),
                f.receiver.uri("/registry/on-search"));
        envelope.remove("message");
        assertThat(DciSpec.requestErrors("/registry" + path, envelope)).as("invalid per the spec").isNotEmpty();
        Response response = quiet.post(path, envelope);
        assertThat(response.statusCode()).as(path + ": " + response.asString()).isEqualTo(400);
        JsonNode err = json(response);
        DciSpec.assertResponse(err);
        assertThat(err.path("message").path("ack_status").asText()).isEqualTo("ERR");
        assertThat(err.path("message").path("error").path("code").asText()).isEqualTo("err.request.bad");
        assertThat(err.path("message").path("error").path("message").asText()).contains("message is required");
        assertThat(transactionsOf(quiet.senderId)).isZero();
    }

    @Test
    @DisplayName("Bad envelopes get the spec's error codes and change nothing: unknown sender, another system's token,"
            + " unregistered callback, wrong receiver, page size 0, timestamps without zone, 2-letter locales,"
            + " 100-character ids, unknown query types; a query the registry cannot answer is refused per request")
    void shouldRefuseBadEnvelopesWithTheSpecsErrorCodesAndChangeNothing() throws Exception {
        Fixture f = fixture();
        DciClient quiet = DciClient.create().register(List.of(f.commune), PSEUDONYMOUS, null,
                List.of(f.receiver.uri("/registry/on-search")), null);
        String uri = f.receiver.uri("/registry/on-search");

        DciClient unregistered = DciClient.create();
        Response unknown = RestAssured.given().auth().oauth2(TestTokens.token("system", TestKeys.PROVINCE,
                quiet.clientId)).contentType("application/json").body(unregistered.envelope("search",
                        searchMessage(idType("HOUSEHOLD_ID", f.codes.get(0))), uri).toString())
                .post(DciClient.BASE + "/search");
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(json(unknown).path("errors").get(0).path("code").asText()).isEqualTo("err.sender_id.invalid");

        Response otherToken = f.client.post("/search", quiet.envelope("search", searchMessage(idType("HOUSEHOLD_ID",
                f.codes.get(0))), uri));
        assertThat(otherToken.statusCode()).isEqualTo(403);
        assertThat(json(otherToken).path("errors").get(0).path("code").asText()).isEqualTo("err.sender_id.invalid");

        assertErr(quiet.post("/search", quiet.envelope("search", searchMessage(idType("HOUSEHOLD_ID",
                f.codes.get(0))), "http://127.0.0.1:1/elsewhere")), "err.sender_uri.invalid");
        assertErr(quiet.post("/search", quiet.envelope("search", searchMessage(idType("HOUSEHOLD_ID",
                f.codes.get(0))), null)), "err.sender_uri.invalid");

        ObjectNode wrongReceiver = DciClient.header("search", quiet.senderId, null);
        wrongReceiver.put("receiver_id", "sr-server");
        assertErr(quiet.post("/sync/search", quiet.signed(wrongReceiver, searchMessage(idType("HOUSEHOLD_ID",
                f.codes.get(0))))), "err.receiver_id.invalid");

        ObjectNode pageZero = expression("{\"poverty_status\": \"POOR\"}");
        pageZero.set("pagination", parse("{\"page_size\": 0, \"page_number\": 1}"));
        assertErr(quiet.post("/search", quiet.envelope("search", searchMessage(pageZero), uri)), "err.request.bad");
        ObjectNode pageNumberZero = expression("{\"poverty_status\": \"POOR\"}");
        pageNumberZero.set("pagination", parse("{\"page_size\": 10, \"page_number\": 0}"));
        assertErr(quiet.post("/sync/search", quiet.envelope("search", searchMessage(pageNumberZero), null)),
                "err.request.bad");

        ObjectNode noZone = searchMessage(idType("HOUSEHOLD_ID", f.codes.get(0)));
        ((ObjectNode) noZone.path("search_request").get(0)).put("timestamp", "2024-01-15T10:30:00");
        assertErr(quiet.post("/search", quiet.envelope("search", noZone, uri)), "err.request.bad");
        ObjectNode twoLetters = searchMessage(idType("HOUSEHOLD_ID", f.codes.get(0)));
        ((ObjectNode) twoLetters.path("search_request").get(0)).put("locale", "en");
        assertErr(quiet.post("/search", quiet.envelope("search", twoLetters, uri)), "err.request.bad");
        ObjectNode longId = searchMessage(idType("HOUSEHOLD_ID", f.codes.get(0)));
        longId.put("transaction_id", "t".repeat(100));
        assertErr(quiet.post("/search", quiet.envelope("search", longId, uri)), "err.request.bad");
        assertErr(quiet.post("/unsubscribe", quiet.envelope("unsubscribe", unsubscribeMessage("s".repeat(100)), uri)),
                "err.request.bad");
        ObjectNode sql = parse("{\"query_type\": \"sql\", \"query\": {\"q\": \"SELECT 1\"}}");
        assertErr(quiet.post("/sync/search", quiet.envelope("search", searchMessage(sql), null)), "err.request.bad");
        ObjectNode version = DciClient.header("search", quiet.senderId, null);
        version.put("version", "2.0.0");
        assertErr(quiet.post("/sync/search", quiet.signed(version, searchMessage(idType("HOUSEHOLD_ID",
                f.codes.get(0))))), "err.version.not_supported");
        Response notJson = RestAssured.given().auth().oauth2(TestTokens.token("system", TestKeys.PROVINCE,
                quiet.clientId)).contentType("application/json").body("{\"header\": ").post(DciClient.BASE
                        + "/sync/search");
        assertErr(notJson, "err.request.bad");
        ObjectNode nul = DciClient.header("search", quiet.senderId + "\u0000", null);
        assertErr(quiet.post("/sync/search", quiet.signed(nul, searchMessage(idType("HOUSEHOLD_ID",
                f.codes.get(0))))), "err.request.bad");
        assertThat(transactionsOf(quiet.senderId)).isZero();
        assertThat(deliveriesOf(quiet.senderId)).isZero();

        // Well formed, but not a query this registry answers: refused for that request alone, with its reason code.
        JsonNode answer = syncSearch(quiet, searchMessage(expression("{\"$and\": [{\"poverty_score\": {\"$lt\": 5}},"
                + " {\"location\": {\"$eq\": \"central_region\"}}]}"), idType("HOUSEHOLD_ID", f.codes.get(0))));
        JsonNode refused = answer.path("message").path("search_response").get(0);
        assertThat(refused.path("status").asText()).isEqualTo("rjct");
        assertThat(refused.path("status_reason_code").asText()).isEqualTo("rjct.search_criteria.invalid");
        assertThat(refused.path("status_reason_message").asText()).contains("poverty_score", "poverty_status");
        assertThat(refused.path("data").path("reg_records").isArray()).isTrue();
        assertThat(refused.path("data").path("reg_records").size()).isZero();
        assertThat(answer.path("message").path("search_response").get(1).path("status").asText()).isEqualTo("succ");
    }

    private static void assertErr(Response response, String code) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
        JsonNode body = json(response);
        DciSpec.assertResponse(body);
        assertThat(body.path("message").path("ack_status").asText()).isEqualTo("ERR");
        assertThat(body.path("message").path("error").path("code").asText()).as(body.toString()).isEqualTo(code);
    }

    @Test
    @DisplayName("A message sent twice is answered once: the same correlation id, one transaction, one callback")
    void shouldAnswerAMessageSentTwiceOnce() throws Exception {
        Fixture f = fixture();
        DciClient twice = DciClient.create().register(List.of(f.commune), PSEUDONYMOUS, null,
                List.of(f.receiver.uri("/registry/on-search")), null);
        ObjectNode envelope = twice.envelope("search", searchMessage(idType("HOUSEHOLD_ID", f.codes.get(0))),
                f.receiver.uri("/registry/on-search"));
        String first = json(twice.post("/search", envelope)).path("message").path("correlation_id").asText();
        String second = json(twice.post("/search", envelope)).path("message").path("correlation_id").asText();
        assertThat(second).isEqualTo(first);
        assertThat(transactionsOf(twice.senderId)).isEqualTo(1);
        assertThat(deliveriesOf(twice.senderId)).isEqualTo(1);

        // The same message id, sent as a sync request: another message, refused.
        assertErr(twice.post("/sync/search", envelope), "err.request.bad");
        ObjectNode reused = twice.signed((ObjectNode) envelope.path("header").deepCopy(), searchMessage(
                idType("HOUSEHOLD_ID", f.codes.get(1))));
        assertErr(twice.post("/search", reused), "err.request.bad");
    }

    // --- the registry's audit and tables ---

    private long transactionsOf(String senderId) throws Exception {
        return count("SELECT count(*) FROM dci_transaction WHERE sender_id = ?", senderId);
    }

    private long deliveriesOf(String senderId) throws Exception {
        return count("SELECT count(*) FROM dci_delivery WHERE sender_id = ?", senderId);
    }

    long audits(String senderId, String action) throws Exception {
        return count("SELECT count(*) FROM audit_entry WHERE action = ? AND after_state->>'sender' = ?", action,
                senderId);
    }

    private JsonNode lastAudit(String senderId) throws Exception {
        try (var c = dataSource.getConnection(); var q = c.prepareStatement("SELECT after_state::text FROM audit_entry"
                + " WHERE after_state->>'sender' = ? ORDER BY occurred_at DESC LIMIT 1")) {
            q.setString(1, senderId);
            try (var rows = q.executeQuery()) {
                rows.next();
                return DciClient.MAPPER.readTree(rows.getString(1));
            }
        }
    }

    long count(String sql, String... params) throws Exception {
        return Households.count(dataSource, sql, params);
    }
}

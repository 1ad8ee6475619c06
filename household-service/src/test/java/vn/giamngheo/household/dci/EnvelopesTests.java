package vn.giamngheo.household.dci;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The envelope checks, on the cases of the compliance suite's format, boundary and pagination requirements
 * (DCI-VAL-*, DCI-CORE-PAG-*) and the specification's schema.
 */
class EnvelopesTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SEARCH = """
            {"signature": "s", "header": {"version": "1.0.0", "message_id": "m-1",
             "message_ts": "2026-11-30T09:00:00+07:00", "action": "search", "sender_id": "bhxh", "total_count": 1},
             "message": {"transaction_id": "t-1", "search_request": [{"reference_id": "r-1",
               "timestamp": "2026-11-30T09:00:00Z", "locale": "vie", "search_criteria": {"query_type": "idtype-value",
               "query": {"type": "UIN", "value": "004185012345"}, "pagination": {"page_size": 10, "page_number": 1}}}]}}""";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "well formed                          | /message/transaction_id                            | \"t-1\"                          | ",
        "DCI-VAL-FMT-TS-02 zone Z             | /message/search_request/0/timestamp                | \"2026-11-30T02:00:00Z\"        | ",
        "DCI-VAL-FMT-LOC-01 eng               | /message/search_request/0/locale                   | \"eng\"                          | ",
        "DCI-CORE-PAG-03 page 2               | /message/search_request/0/search_criteria/pagination/page_number | 2                 | ",
        "DCI-VAL-FMT-TS-01 not a timestamp    | /message/search_request/0/timestamp                | \"not-a-timestamp\"             | err.request.bad",
        "DCI-VAL-FMT-TS-03 no time zone       | /header/message_ts                                 | \"2024-01-15T10:30:00\"         | err.request.bad",
        "DCI-VAL-FMT-LOC-02 too short         | /message/search_request/0/locale                   | \"en\"                           | err.request.bad",
        "DCI-VAL-FMT-LOC-03 upper case        | /message/search_request/0/locale                   | \"ENG\"                          | err.request.bad",
        "DCI-VAL-PAG-01 page size 0           | /message/search_request/0/search_criteria/pagination/page_size | 0                   | err.request.bad",
        "DCI-VAL-PAG-02 page number 0         | /message/search_request/0/search_criteria/pagination/page_number | 0                 | err.request.bad",
        "DCI-VAL-PAG-03 page size -1          | /message/search_request/0/search_criteria/pagination/page_size | -1                  | err.request.bad",
        "page size 2.5                        | /message/search_request/0/search_criteria/pagination/page_size | 2.5                 | err.request.bad",
        "no query type                        | /message/search_request/0/search_criteria/query_type | null                        | err.request.bad",
        "an action of another endpoint        | /header/action                                     | \"subscribe\"                    | err.request.bad",
        "another version                      | /header/version                                    | \"2.0.0\"                        | err.version.not_supported",
        "an encrypted message                 | /header/is_msg_encrypted                           | true                             | err.encryption.invalid",
        "no total count                       | /header/total_count                                | null                             | err.request.bad",
        "a sender_uri that is not one         | /header/sender_uri                                 | \"callback\"                     | err.request.bad",
        "no request at all                    | /message/search_request                            | []                               | err.request.bad"})
    void shouldCheckTheSearchEnvelope(String why, String pointer, String value, String code) throws Exception {
        ObjectNode body = (ObjectNode) MAPPER.readTree(SEARCH);
        set(body, pointer, value);
        Envelopes.Refusal refusal = Envelopes.check("search", body);
        if (code == null) {
            assertThat(refusal).isNull();
        } else {
            assertThat(refusal).isNotNull();
            assertThat(refusal.code()).isEqualTo(code);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "DCI-VAL-BND-TXN-01 99 characters   | search      | 99  | ",
        "DCI-VAL-BND-TXN-02 100 characters  | search      | 100 | transaction_id is 100 characters long",
        "DCI-VAL-BND-SUB-01 99 characters   | unsubscribe | 99  | ",
        "DCI-VAL-BND-SUB-02 100 characters  | unsubscribe | 100 | subscription_codes holds codes of 1 to 99"})
    void shouldTakeIdsOfUpTo99Characters(String why, String action, int length, String message) throws Exception {
        ObjectNode body = (ObjectNode) MAPPER.readTree(SEARCH);
        if (action.equals("search")) {
            set(body, "/message/transaction_id", "\"" + "t".repeat(length) + "\"");
        } else {
            set(body, "/header/action", "\"unsubscribe\"");
            body.set("message", MAPPER.readTree("{\"transaction_id\": \"t\", \"timestamp\": \"2026-11-30T09:00:00Z\","
                    + " \"subscription_codes\": [\"" + "s".repeat(length) + "\"]}"));
        }
        Envelopes.Refusal refusal = Envelopes.check(action, body);
        if (message == null) {
            assertThat(refusal).isNull();
        } else {
            assertThat(refusal.message()).contains(message);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "plain Vietnamese, tab and line feed | {\"note\": \"Hộ nghèo\\tbản Giốc\\n😀\"} | ",
        "NUL in a value                      | {\"header\": {\"sender_id\": \"a\\u0000b\"}} | U+0000",
        "DEL in a name                       | {\"a\\u007fb\": 1} | U+007F",
        "half a character in a list          | {\"a\": [\"x\", \"\\ud800\"]} | half of a character"})
    void shouldRefuseTextTheRegistryCannotKeep(String why, String json, String reason) throws Exception {
        Envelopes.Refusal refusal = PlainText.refusal(MAPPER.readTree(json));
        if (reason == null) {
            assertThat(refusal).isNull();
        } else {
            assertThat(refusal.code()).isEqualTo("err.request.bad");
            assertThat(refusal.message()).contains(reason);
        }
    }

    private static void set(ObjectNode body, String pointer, String value) throws Exception {
        int cut = pointer.lastIndexOf('/');
        var parent = body.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        var node = MAPPER.readTree(value);
        if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), node);
        } else if (node.isNull()) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, node);
        }
    }
}

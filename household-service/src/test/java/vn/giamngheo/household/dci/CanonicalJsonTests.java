package vn.giamngheo.household.dci;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** RFC 8785's canonical form, on the cases its appendix and ECMAScript's number printing single out. */
class CanonicalJsonTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"b\": 2, \"a\": 1}                | {\"a\":1,\"b\":2}",
        "[1.0, 100, -0.0, 2.50]              | [1,100,0,2.5]",
        "[1e21, 1e20, 1e-7, 0.000001]        | [1e+21,100000000000000000000,1e-7,0.000001]",
        "[123456789012345678]                | [123456789012345680]",
        "{\"\\u20ac\": 1, \"\\r\": 2, \"1\": 3} | {\"\\r\":2,\"1\":3,\"€\":1}",
        "[\"Đàm Thủy\\n\\u001f\\u007f\"]      | [\"Đàm Thủy\\n\\u001f\u007f\"]",
        "{\"a\": {\"d\": [], \"c\": {}}, \"b\": null, \"e\": false} | {\"a\":{\"c\":{},\"d\":[]},\"b\":null,\"e\":false}"})
    void shouldWriteTheCanonicalForm(String json, String canonical) throws Exception {
        assertThat(CanonicalJson.of(MAPPER.readTree(json))).isEqualTo(canonical);
    }
}

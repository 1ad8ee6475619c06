package vn.giamngheo.platform.web.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import vn.giamngheo.platform.web.testing.ServedContract;

/**
 * The check every service's tests put in front of their calls refuses what the served document does not promise: an
 * unlisted status, an unlisted media type, a body its schema refuses — and passes what it promises.
 */
@QuarkusTest
class ContractCheckTests {

    private static final String PAYMENTS = "/api/v1/probe/payments";
    private static final String RECEIPT = "{\"id\":\"8a0f3c52-1d7e-4b8e-9c3a-2f6d5e4b1a90\",\"communeCode\":\"01501\","
            + "\"payee\":\"Hợp tác xã Nông nghiệp Đàm Thủy\",\"amountVnd\":1500000}";

    private static ServedContract contract() {
        return ServedContract.of(RestAssured.baseURI + ":" + RestAssured.port);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldPassAnAnswerTheDocumentPromises() {
        assertThat(contract().problems("POST", PAYMENTS, 201, "application/json;charset=UTF-8", utf8(RECEIPT)))
                .isEmpty();
        assertThat(contract().problems("POST", PAYMENTS, 415, "application/problem+json", utf8(
                "{\"type\":\"urn:giamngheo:problem:http-415\",\"title\":\"Unsupported Media Type\",\"status\":415}")))
                .isEmpty();
    }

    @Test
    void shouldRefuseAStatusTheOperationDoesNotList() {
        assertThat(contract().problems("POST", PAYMENTS, 202, "application/json", utf8(RECEIPT)))
                .singleElement().asString().contains("answered 202, which the document does not list");
    }

    @Test
    void shouldRefuseAMediaTypeTheStatusDoesNotList() {
        assertThat(contract().problems("POST", PAYMENTS, 201, "text/csv", utf8("id;payee")))
                .singleElement().asString().contains("as text/csv, which the document does not list");
    }

    @Test
    void shouldRefuseABodyItsSchemaRefuses() {
        List<String> problems = contract().problems("POST", PAYMENTS, 201, "application/json",
                utf8(RECEIPT.replace("8a0f3c52-1d7e-4b8e-9c3a-2f6d5e4b1a90", "not-a-uuid")
                        .replace("1500000", "\"một triệu rưỡi\"")));
        assertThat(problems).allSatisfy(p -> assertThat(p).containsAnyOf("/id:", "/amountVnd:"))
                .anySatisfy(p -> assertThat(p).contains("/id:")).anySatisfy(p -> assertThat(p).contains("/amountVnd:"));
    }

    @Test
    void shouldRefuseAProblemWithoutItsTypeTitleAndStatusAndAnAnswerWithoutTheBodyPromised() {
        assertThat(contract().problems("POST", PAYMENTS, 403, "application/problem+json", utf8("{}")))
                .hasSize(3).anySatisfy(p -> assertThat(p).contains("'type'"))
                .anySatisfy(p -> assertThat(p).contains("'title'")).anySatisfy(p -> assertThat(p).contains("'status'"));
        assertThat(contract().problems("POST", PAYMENTS, 201, "application/json", new byte[0]))
                .singleElement().asString().contains("with no body, where the document promises application/json");
        assertThat(contract().problems("POST", PAYMENTS, 201, "application/json", utf8(RECEIPT + " and more")))
                .singleElement().asString().contains("not JSON");
    }

    @Test
    void shouldRefuseAnAnswerFromAnOperationTheDocumentDoesNotHave() {
        assertThat(contract().problems("GET", "/api/v1/probe/refunds", 200, "application/json", utf8("[]")))
                .singleElement().asString().contains("the document has no such operation");
        assertThat(contract().problems("GET", "/api/v1/probe/refunds", 404, "application/problem+json", utf8("{}")))
                .isEmpty();
    }
}

package vn.giamngheo.platform.web.probe;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.giamngheo.platform.web.testing.TestTokens;

/** Bad input of every kind gets a problem+json 4xx that names what to fix, never a 500. */
@QuarkusTest
class ProblemResponsesTests {

    private static final String PATH = "/api/v1/probe/payments";

    private RequestSpecification officer() {
        return given().auth().oauth2(TestTokens.token("finance-officer", "04")).contentType(ContentType.JSON);
    }

    @Test
    void shouldAnswerMalformedJsonWithA400() {
        officer().body("{\"communeCode\": \"01501\", \"payee\": ").when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:giamngheo:problem:malformed-json"))
                .body("detail", containsString("line"));
    }

    @Test
    void shouldRefuseAFieldGivenTwice() {
        officer().body("{\"communeCode\":\"01501\",\"payee\":\"x\",\"payee\":\"y\",\"amountVnd\":1,"
                + "\"fundType\":\"RECURRENT\",\"valueDate\":\"2023-12-31\"}").when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("payee"));
    }

    @Test
    void shouldRefuseAControlCharacterInATextAndNameTheField() {
        officer().body("{\"communeCode\":\"01501\",\"payee\":\"UBND x\\u0000\",\"amountVnd\":1,"
                + "\"fundType\":\"RECURRENT\",\"valueDate\":\"2023-12-31\"}").when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("payee"))
                .body("errors.message", hasItem(containsString("U+0000")));
    }

    @Test
    void shouldAnswerAWrongTypeWithTheField() {
        officer().body(body("\"abc\"", "\"INVESTMENT\"")).when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("amountVnd"))
                .body("errors.message", hasItem(containsString("whole number")));
    }

    @Test
    void shouldRefuseANumberWrittenAsText() {
        officer().body(body("\"1000\"", "\"INVESTMENT\"")).when().post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("amountVnd"));
    }

    @Test
    void shouldRefuseAFractionOfADong() {
        officer().body(body("1500.5", "\"INVESTMENT\"")).when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("amountVnd"));
    }

    @Test
    void shouldListTheAllowedValuesOfAnUnknownEnum() {
        officer().body(body("1500", "\"CASH\"")).when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("fundType"))
                .body("errors.message", hasItem(containsString("INVESTMENT, RECURRENT, UNSPECIFIED")));
    }

    @Test
    void shouldRefuseAnUnknownField() {
        officer().body("{\"communeCode\":\"01501\",\"payee\":\"x\",\"amountVnd\":1,\"fundType\":\"RECURRENT\","
                + "\"valueDate\":\"2023-03-01\",\"amuontVnd\":5}").when().post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("amuontVnd"));
    }

    @Test
    void shouldListEveryInvalidField() {
        officer().body("{\"communeCode\":\"1501\",\"payee\":\" \",\"amountVnd\":0,\"notes\":[{\"text\":\"\"}]}")
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:giamngheo:problem:validation"))
                .body("errors.field", hasItems("communeCode", "payee", "amountVnd", "fundType", "valueDate",
                        "notes[0].text"))
                .body("errors.message", hasItem("must be more than 0 đồng"));
    }

    @Test
    void shouldRefuseAMissingBody() {
        officer().when().post(PATH).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseABadDate() {
        officer().body("{\"communeCode\":\"01501\",\"payee\":\"x\",\"amountVnd\":1,\"fundType\":\"RECURRENT\","
                + "\"valueDate\":\"31/12/2023\"}").when().post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("valueDate"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1999-12-31", "+999999999-01-01", "-169104629-03-14" })
    void shouldRefuseADateOutsideTheProgramsYearsBeforeItReachesTheDatabase(String date) {
        // Read by the platform's own date reader, whatever other module the mapper holds: a typing error, not a fact.
        officer().body("{\"communeCode\":\"01501\",\"payee\":\"x\",\"amountVnd\":1,\"fundType\":\"RECURRENT\","
                + "\"valueDate\":\"" + date + "\"}").when().post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("valueDate"));
    }

    @Test
    void shouldRefuseAnotherContentType() {
        given().auth().oauth2(TestTokens.token("finance-officer", "04")).contentType(ContentType.TEXT)
                .body("amount=5").when().post(PATH)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnOversizeBodyBeforeReadingIt() throws Exception {
        // The service answers on the announced length alone: the client sees 413 before sending 11 MB.
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + TestTokens.token("finance-officer", "04") + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (11 * 1024 * 1024) + "\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void shouldNeverShowAStackTrace() {
        officer().body("[1,2,3]").when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("at vn.giamngheo")))
                .body(not(containsString("Exception")));
    }

    static String body(String amount, String fundType) {
        return "{\"communeCode\":\"01501\",\"payee\":\"UBND xã Chí Viễn\",\"amountVnd\":" + amount
                + ",\"fundType\":" + fundType + ",\"valueDate\":\"2023-03-01\"}";
    }
}

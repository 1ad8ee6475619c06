package vn.giamngheo.platform.web.probe;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The conventions the platform's filters write into every served document, read from the probe app's: a pattern
 * matches the whole value as Bean Validation reads it, and a problem always has its type, title and status.
 */
@QuarkusTest
class DocumentConventionsTests {

    private static final String PAYMENT = "components.schemas.PaymentRequest.properties.";
    private static final String PROBLEM = "components.schemas.Problem.";

    @Test
    void shouldAnchorEachPatternButTheNotBlankMark() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(PAYMENT + "communeCode.pattern", equalTo("^(?:\\d{5})$"))
                .body(PAYMENT + "payee.pattern", equalTo("\\S"));
    }

    @Test
    void shouldRequireAProblemsTypeTitleAndStatus() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(PROBLEM + "required", containsInAnyOrder("type", "title", "status"))
                .body(PROBLEM + "properties.type.type", equalTo("string"))
                .body(PROBLEM + "properties.status.type", equalTo("integer"));
    }
}

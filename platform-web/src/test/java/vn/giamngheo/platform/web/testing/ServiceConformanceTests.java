package vn.giamngheo.platform.web.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/**
 * What every service of the platform must do, whatever its domain: boot healthy against the real PostgreSQL and
 * Kafka, document its API, expose metrics with the outbox backlog, and guard its endpoints by role and area.
 * Each service runs these with a subclass annotated {@code @QuarkusTest}.
 */
public abstract class ServiceConformanceTests {

    @Test
    void shouldReportReadyWithTheDatabaseAndTheOutbox() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("outbox"))
                .body("checks.find { it.name == 'outbox' }.data.unsent", notNullValue());
    }

    @Test
    void shouldServeOpenApiAndSwaggerUi() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("openapi", notNullValue())
                .body("paths.'/api/v1/audit'", notNullValue());
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200);
    }

    @Test
    void shouldExposeTheOutboxBacklogAsAMetric() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("giamngheo_outbox_backlog"));
    }

    @Test
    void shouldRefuseAnAuditReadWithoutAToken() {
        given().when().get("/api/v1/audit")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
    }

    @Test
    void shouldRefuseATokenFromAnUntrustedIssuer() {
        given().auth().oauth2(TestTokens.fromIssuer("somebody-else", "auditor", "04"))
                .when().get("/api/v1/audit")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        given().auth().oauth2(TestTokens.expired("auditor", "04"))
                .when().get("/api/v1/audit")
                .then().statusCode(401);
    }

    @Test
    void shouldRefuseAnAuditReadWithTheWrongRole() {
        given().auth().oauth2(TestTokens.token("commune-officer", "01477"))
                .when().get("/api/v1/audit")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:giamngheo:problem:forbidden"));
    }

    @Test
    void shouldLetADistrictAuditorReadItsCommunesBeforeTheReform() {
        given().auth().oauth2(TestTokens.token("auditor", "047"))
                .queryParam("area", "01477").queryParam("at", "2025-06-30")
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("page", equalTo(0));
    }

    @Test
    void shouldRefuseADistrictAuditorTheSameCodeAfterTheReform() {
        // From 2025-07-01 code 01477 names the new commune Trùng Khánh, directly under the province.
        given().auth().oauth2(TestTokens.token("auditor", "047"))
                .queryParam("area", "01477").queryParam("at", "2025-07-01")
                .when().get("/api/v1/audit")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("01477"));
    }

    @Test
    void shouldRefuseADistrictAuditorAnotherDistrict() {
        given().auth().oauth2(TestTokens.token("auditor", "047"))
                .queryParam("area", "045").queryParam("at", "2024-01-01")
                .when().get("/api/v1/audit")
                .then().statusCode(403);
    }

    @Test
    void shouldLetAProvinceAuditorReadAnyUnitOfTheProvince() {
        given().auth().oauth2(TestTokens.token("auditor", "04"))
                .queryParam("area", "01501").queryParam("at", "2025-09-01")
                .when().get("/api/v1/audit")
                .then().statusCode(200);
    }

    @Test
    void shouldAnswerABadQueryParameterWithAProblem() {
        given().auth().oauth2(TestTokens.token("auditor", "04"))
                .queryParam("area", "4x7")
                .when().get("/api/v1/audit")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("area")));
    }

    @Test
    void shouldSendSecurityHeadersAndNeverLetAnApiAnswerBeCached() {
        given().auth().oauth2(TestTokens.token("auditor", "04")).queryParam("area", "04")
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store");
    }

    @Test
    void shouldAnswerAPageNumberThatWouldOverflowWithAProblem() {
        given().auth().oauth2(TestTokens.token("auditor", "04"))
                .queryParam("area", "04").queryParam("page", 4294968)
                .when().get("/api/v1/audit")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("page")));
    }

    @Test
    void shouldAnswerAnUnknownPathWithAProblem() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}

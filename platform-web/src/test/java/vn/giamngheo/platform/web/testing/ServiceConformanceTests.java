package vn.giamngheo.platform.web.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.giamngheo.platform.web.security.EndpointPolicy;
import vn.giamngheo.platform.web.security.EndpointTable;
import vn.giamngheo.platform.web.security.EndpointRule;

/**
 * What every service of the platform must do, whatever its domain: boot healthy against the real PostgreSQL and
 * Kafka, document its API, expose metrics with the outbox backlog, and guard its endpoints by role and area.
 * Each service runs these with a subclass annotated {@code @QuarkusTest}.
 */
public abstract class ServiceConformanceTests {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Inject
    EndpointPolicy policy;

    @Test
    void shouldHaveAnAccessRuleForEveryOperationOfItsApiAndNoOther() {
        assertThat(new TreeSet<>(policy.rows().keySet())).containsExactlyElementsOf(documentedOperations());
    }

    /**
     * The media type of the errors under a path: problem+json, unless the service serves a standard API there whose
     * errors have a format of their own (household-service's DCI API answers its specification's ERR).
     */
    protected String errorMediaType(String path) {
        return "application/problem+json";
    }

    @Test
    void shouldRefuseEveryGuardedOperationWithoutAPlatformRoleBeforeLookingAtTheRequest() {
        // Keycloak adds roles of its own; "admin" is no role of the platform's.
        String noPlatformRole = TestTokens.withGroups("04", "no-platform-role", "default-roles-giamngheo", "admin");
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, EndpointRule> row : new java.util.TreeMap<>(policy.rows()).entrySet()) {
            String method = row.getKey().substring(0, row.getKey().indexOf(' '));
            String path = row.getKey().substring(method.length() + 1).replaceAll("\\{[^}]+}", "1");
            if (row.getValue().isPublic()) {
                int status = call(given(), method, path).statusCode();
                softly.assertThat(status).as("%s without a token", row.getKey()).isNotIn(401, 403);
                continue;
            }
            Response anonymous = call(given(), method, path);
            softly.assertThat(anonymous.statusCode()).as("%s without a token", row.getKey()).isEqualTo(401);
            // A body that is not even JSON: the role is judged before the body is read.
            Response roleless = call(given().auth().oauth2(noPlatformRole), method, path);
            softly.assertThat(roleless.statusCode()).as("%s with no platform role", row.getKey()).isEqualTo(403);
            softly.assertThat(roleless.contentType()).as("%s with no platform role", row.getKey())
                    .startsWith(errorMediaType(path));
        }
        softly.assertAll();
    }

    @Test
    void shouldMakeATokenWithTwoPlatformRolesNameTheOneItActsWith() {
        String twoHats = TestTokens.withGroups("04", "two-hats", "auditor", "system");
        given().auth().oauth2(twoHats).queryParam("area", "04")
                .when().get("/api/v1/audit")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("X-Acting-Role"));
        given().auth().oauth2(twoHats).header("X-Acting-Role", "auditor").queryParam("area", "04")
                .when().get("/api/v1/audit")
                .then().statusCode(200);
        given().auth().oauth2(twoHats).header("X-Acting-Role", "system").queryParam("area", "04")
                .when().get("/api/v1/audit")
                .then().statusCode(403);
        given().auth().oauth2(twoHats).header("X-Acting-Role", "province-officer").queryParam("area", "04")
                .when().get("/api/v1/audit")
                .then().statusCode(403)
                .body("detail", containsString("does not hold the role province-officer"));
    }

    @Test
    void shouldIgnoreTheIdentityProvidersOwnRoles() {
        given().auth().oauth2(TestTokens.withGroups("04", "keycloak-user", "auditor", "default-roles-giamngheo",
                        "offline_access", "uma_authorization"))
                .queryParam("area", "04")
                .when().get("/api/v1/audit")
                .then().statusCode(200);
    }

    @Test
    void shouldReportReadyWithTheDatabaseAndTheOutbox() {
        ManagementInterface.given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("outbox"))
                .body("checks.find { it.name == 'outbox' }.data.unsent", notNullValue());
    }

    /**
     * A client generated from the document names its methods by the operations' ids: every operation has one, named
     * for what it does, once in the document, so that the names do not change between releases.
     */
    @Test
    void shouldNameEveryOperationOfItsDocumentOnce() {
        List<String> unnamed = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        documented().forEach((key, operation) -> {
            Object id = operation.get("operationId");
            if (id == null) {
                unnamed.add(key);
            } else {
                ids.add(id.toString());
            }
        });
        org.assertj.core.api.Assertions.assertThat(unnamed).as("operations without an operationId").isEmpty();
        org.assertj.core.api.Assertions.assertThat(ids).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z][A-Za-z0-9]+"), "a lowerCamelCase verb phrase");
    }

    /**
     * The document says of every operation what the access table enforces: public ({@code []}), or a token — and then
     * the guard's refusals, 401 and 403.
     */
    @Test
    void shouldDeclareOnEveryOperationWhetherItNeedsAToken() {
        Map<String, String> declared = new java.util.TreeMap<>();
        Map<String, String> enforced = new java.util.TreeMap<>();
        documented().forEach((key, operation) -> {
            Object security = operation.get("security");
            Map<?, ?> responses = (Map<?, ?>) operation.get("responses");
            boolean refusals = responses != null && responses.containsKey("401") && responses.containsKey("403");
            declared.put(key, security == null ? "undeclared" : ((List<?>) security).isEmpty() ? "public"
                    : refusals || !key.contains(" /api/") ? "token" : "token, refusals undocumented");
            enforced.put(key, policy.rule(key).map(r -> r.isPublic() ? "public" : "token").orElse("no rule"));
        });
        org.assertj.core.api.Assertions.assertThat(declared).isEqualTo(enforced);
    }

    /**
     * The document the service serves passes Redocly's recommended rules with no error and no warning, under the
     * ruleset kept in {@code deploy/contract} (its deviations argued there); the test command installs the linter.
     */
    @Test
    void shouldPassTheContractLinterWithNoErrorAndNoWarning() throws Exception {
        String document = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        java.nio.file.Path contract = java.nio.file.Path.of("..", "deploy", "contract").toAbsolutePath().normalize();
        java.nio.file.Path linter = contract.resolve("node_modules/.bin/redocly");
        org.assertj.core.api.Assertions.assertThat(linter)
                .as("the linter, installed by `npm ci --prefix deploy/contract` (deploy/local/platform test runs it)")
                .exists();
        String service = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.application.name", String.class);
        java.nio.file.Path file = contract.resolve("target").resolve(service + ".yaml");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, document);
        Process lint = new ProcessBuilder(linter.toString(), "lint", "--config", "redocly.yaml", "--format", "json",
                "target/" + service + ".yaml").directory(contract.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String report = new String(lint.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(lint.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        com.fasterxml.jackson.databind.JsonNode result = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report);
        List<String> problems = new java.util.ArrayList<>();
        result.path("problems").forEach(p -> problems.add(p.path("severity").asText() + " " + p.path("ruleId").asText()
                + " " + p.path("location").path(0).path("pointer").asText() + ": " + p.path("message").asText()));
        org.assertj.core.api.Assertions.assertThat(problems).as("the linter's findings on " + file).isEmpty();
        org.assertj.core.api.Assertions.assertThat(result.path("totals").path("errors").asInt()
                + result.path("totals").path("warnings").asInt()).isZero();
    }

    /**
     * A client's developer reads the examples first: every JSON request and answer of the document has one, and none
     * contradicts its schema (the seed plan's included).
     */
    @Test
    void shouldIllustrateEveryRequestAndAnswerWithAnExampleItsSchemaAccepts() {
        org.assertj.core.api.Assertions.assertThat(ServedContract.of(RestAssured.baseURI + ":" + RestAssured.port)
                .exampleProblems()).isEmpty();
    }

    @Test
    void shouldServeOpenApiAndSwaggerUi() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("openapi", notNullValue())
                .body("paths.'/api/v1/audit'", notNullValue());
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void shouldExposeTheOutboxBacklogAsAMetric() {
        ManagementInterface.given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("giamngheo_outbox_backlog"));
    }

    @Test
    void shouldKeepHealthAndMetricsOffThePublicPort() {
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/health/live").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
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

    /** Every operation of the service's OpenAPI document, as {@code "GET /api/v1/..."}. */
    protected static Set<String> documentedOperations() {
        return documented().keySet();
    }

    /** The operations of the service's OpenAPI document, by {@code "GET /api/v1/..."}, as the document has them. */
    private static Map<String, Map<?, ?>> documented() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Map<String, Map<?, ?>> operations = new java.util.TreeMap<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (HTTP_METHODS.contains(method)) {
                operations.put(EndpointTable.key(method.toUpperCase(java.util.Locale.ROOT), path), (Map<?, ?>) operation);
            }
        }));
        return operations;
    }

    private static Response call(RequestSpecification request, String method, String path) {
        return request.contentType(ContentType.JSON).body("{").when().request(method, path).andReturn();
    }

    @Test
    void shouldAnswerAnUnknownPathWithAProblem() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}

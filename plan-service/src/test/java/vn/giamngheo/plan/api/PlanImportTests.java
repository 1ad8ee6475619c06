package vn.giamngheo.plan.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static vn.giamngheo.plan.api.PlanFixtures.MAPPER;
import static vn.giamngheo.plan.api.PlanFixtures.as;
import static vn.giamngheo.plan.api.PlanFixtures.importAs;
import static vn.giamngheo.plan.api.PlanFixtures.seed;
import static vn.giamngheo.plan.api.PlanFixtures.seedFor;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The seed imported whole, read back as stated, its inconsistencies found; bad documents refused whole. */
@QuarkusTest
class PlanImportTests {

    @Test
    void shouldImportTheSeedAndReadItBackFieldForField() throws Exception {
        Response imported = importAs("047", seed());
        imported.then().statusCode(201).header("Location", notNullValue()).header("ETag", notNullValue());
        String planId = imported.path("planId");

        Response read = as("district-officer", "047").when().get("/api/v1/plans/" + planId + "/versions/1");
        read.then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("unitName", equalTo("Huyện Trùng Khánh"))
                .body("budgetLines", hasSize(16))
                .body("totals.totalVnd", equalTo(224_523_000_000L))
                .body("totals.byFundTypeVnd.INVESTMENT", equalTo(164_558_000_000L))
                .body("budgetLines.lineKey", hasItem("DA1.TDA1.INVESTMENT.UNSPECIFIED"))
                .body("budgetLines.lineKey", hasItem("DA2.UNSPECIFIED.UNSPECIFIED"));
        JsonNode document = MAPPER.readTree(read.asString()).get("document");
        assertThat(document).isEqualTo(seed());
        assertThat(document.at("/projects/4/content").asText()).contains("30m² “3 cứng”");
        assertThat(document.at("/document/signer").asText()).isEqualTo("Nông Văn Bộ");
    }

    @Test
    void shouldReportTheSeedsRealInconsistencies() {
        importAs("045", seedFor("045", 2022)).then().statusCode(201)
                .body("errorCount", equalTo(3))
                .body("findings.find { it.code == 'PROJECT_TOTAL_MISMATCH' }.projectCode", equalTo("DA3"))
                .body("findings.find { it.code == 'PROJECT_TOTAL_MISMATCH' }.differenceVnd", equalTo(9_000_000))
                .body("findings.find { it.code == 'PLAN_TOTAL_MISMATCH' }.statedVnd", equalTo(158_914_000_000L))
                .body("findings.find { it.code == 'PLAN_TOTAL_MISMATCH' }.computedVnd", equalTo(224_523_000_000L))
                .body("findings.code", hasItem("YEAR_MISMATCH"))
                .body("findings.code", hasItem("DOCUMENT_NUMBER_MISSING"));
    }

    @Test
    void shouldPreviewADryRunAndStoreNothing() {
        as("district-officer", "048").queryParam("dryRun", true).body(seedFor("048", 2021).toString())
                .when().post("/api/v1/plans")
                .then().statusCode(200).body("planId", equalTo(null)).body("errorCount", equalTo(3));
        as("district-officer", "048").queryParam("area", "048").queryParam("year", 2021)
                .when().get("/api/v1/plans")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldAnswerARetriedImportWithTheFirstPlan() {
        String key = UUID.randomUUID().toString();
        String first = as("district-officer", "049").header("Idempotency-Key", key)
                .body(seedFor("049", 2021).toString()).when().post("/api/v1/plans")
                .then().statusCode(201).extract().path("planId");
        String second = as("district-officer", "049").header("Idempotency-Key", key)
                .body(seedFor("049", 2021).toString()).when().post("/api/v1/plans")
                .then().statusCode(201).extract().path("planId");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldRefuseASecondPlanForTheSameUnitAndYear() {
        importAs("051", seedFor("051", 2021)).then().statusCode(201);
        importAs("051", seedFor("051", 2021)).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAProjectTheProgramDoesNotHave() {
        ObjectNode doc = seedFor("052", 2021);
        ((ObjectNode) doc.withArray("projects").get(1)).put("projectCode", "DA9");
        refused(doc, "projects[1].projectCode");
    }

    @Test
    void shouldRefuseASubProjectOfAnotherProject() {
        ObjectNode doc = seedFor("052", 2021);
        ((ObjectNode) doc.withArray("projects").get(4)).withArray("subProjects")
                .add(MAPPER.createObjectNode().put("subProjectCode", "TDA1"));
        refused(doc, "projects[4].subProjects[0].subProjectCode");
    }

    @Test
    void shouldRefuseANegativeAmount() {
        ObjectNode doc = seedFor("052", 2021);
        line(doc).put("amountVnd", -1);
        refused(doc, "projects[1].budgetLines[0].amountVnd");
    }

    @Test
    void shouldRefuseAFractionalAmount() {
        ObjectNode doc = seedFor("052", 2021);
        line(doc).put("amountVnd", 12_893_000_000.5);
        refused(doc, "projects[1].budgetLines[0].amountVnd");
    }

    @Test
    void shouldRefuseAnUnknownFundType() {
        ObjectNode doc = seedFor("052", 2021);
        line(doc).put("fundType", "CAPITAL");
        refused(doc, "projects[1].budgetLines[0].fundType");
    }

    @Test
    void shouldRefuseAUnitThatDidNotExistInThatYear() {
        importAs("047", seedFor("047", 2026)).then().statusCode(400).body("errors.field", hasItem("unitCode"));
    }

    @Test
    void shouldRefuseAnotherDistrictsPlan() {
        importAs("045", seedFor("053", 2021)).then().statusCode(403).contentType("application/problem+json");
        as("district-officer", "053").queryParam("area", "053").queryParam("year", 2021).when().get("/api/v1/plans")
                .then().body("total", equalTo(0));
    }

    @Test
    void shouldRefuseACommuneOfficer() {
        as("commune-officer", "01477").body(seedFor("047", 2022).toString()).when().post("/api/v1/plans")
                .then().statusCode(403);
    }

    @Test
    void shouldRefuseAnImportWithoutAToken() {
        given().contentType("application/json").body(seed().toString()).when().post("/api/v1/plans")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldServeTheCatalogByCode() {
        given().when().get("/api/v1/catalog/projects").then().statusCode(200)
                .body("code", equalTo(java.util.List.of("DA1", "DA2", "DA3", "DA4", "DA5", "DA6", "DA7")))
                .body("find { it.code == 'DA4' }.subProjects.subProjectCode", equalTo(java.util.List.of("TDA1", "TDA2", "TDA3")));
    }

    @Test
    void shouldDocumentTheImportWithTheSeedAsExample() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/plans'.post.requestBody.content.'application/json'.example.unitCode",
                        equalTo("047"))
                .body("paths.'/api/v1/plans/{planId}/versions/{version}/approve'.post.summary", notNullValue())
                .body("paths.'/api/v1/plans/{planId}/versions/{version}/approve'.post.requestBody.content.'application/json'.examples", notNullValue())
                .body("paths.'/api/v1/plans/{planId}/progress'.post.requestBody.content.'application/json'.examples", notNullValue());
    }

    private static ObjectNode line(ObjectNode doc) {
        return (ObjectNode) ((ArrayNode) doc.withArray("projects").get(1).get("budgetLines")).get(0);
    }

    private static void refused(ObjectNode doc, String field) {
        importAs(doc.get("unitCode").asText(), doc).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        as("district-officer", doc.get("unitCode").asText()).queryParam("area", doc.get("unitCode").asText())
                .queryParam("year", doc.get("year").asInt()).when().get("/api/v1/plans")
                .then().body("total", equalTo(0));
    }
}

package vn.giamngheo.plan.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static vn.giamngheo.plan.api.PlanFixtures.MAPPER;
import static vn.giamngheo.plan.api.PlanFixtures.OTHER_DISTRICT;
import static vn.giamngheo.plan.api.PlanFixtures.as;
import static vn.giamngheo.plan.api.PlanFixtures.districtName;
import static vn.giamngheo.plan.api.PlanFixtures.importAs;
import static vn.giamngheo.plan.api.PlanFixtures.importFor;
import static vn.giamngheo.plan.api.PlanFixtures.plansOf;
import static vn.giamngheo.plan.api.PlanFixtures.seed;
import static vn.giamngheo.plan.api.PlanFixtures.seedFor;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.giamngheo.platform.events.testing.TestKeys;

/**
 * The seed imported whole, read back as stated, its inconsistencies found; bad documents refused whole. A plan is
 * unique per unit and year, so every test that could store one imports the seed's content for a district and year
 * of its own (TestKeys): the suite passes again on the same database. The seed's real district appears only where
 * nothing is stored.
 */
@QuarkusTest
class PlanImportTests {

    @Test
    void shouldImportTheSeedAndReadItBackFieldForField() throws Exception {
        TestKeys.DistrictYear key = TestKeys.districtYear();
        Response imported = importFor(key);
        imported.then().statusCode(201).header("Location", notNullValue()).header("ETag", notNullValue());
        String planId = imported.path("planId");

        Response read = as("district-officer", key.district()).when().get("/api/v1/plans/" + planId + "/versions/1");
        read.then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("unitCode", equalTo(key.district()))
                .body("unitName", equalTo(districtName(key.district())))
                .body("year", equalTo(key.year()))
                .body("budgetLines", hasSize(16))
                .body("totals.totalVnd", equalTo(224_523_000_000L))
                .body("totals.byFundTypeVnd.INVESTMENT", equalTo(164_558_000_000L))
                .body("budgetLines.lineKey", hasItem("DA1.TDA1.INVESTMENT.UNSPECIFIED"))
                .body("budgetLines.lineKey", hasItem("DA2.UNSPECIFIED.UNSPECIFIED"));
        JsonNode document = MAPPER.readTree(read.asString()).get("document");
        assertThat(document).isEqualTo(seedFor(key));
        assertThat(document.at("/projects/4/content").asText()).contains("30m² “3 cứng”");
        assertThat(document.at("/document/signer").asText()).isEqualTo("Nông Văn Bộ");
    }

    @Test
    void shouldNameTheSeedsOwnDistrictInADryRunOfTheSeedAsShipped() throws Exception {
        // The seed's real unit and year can hold one plan per database; a dry run stores nothing, so it runs again.
        // The district no longer exists: the province enters its plan late.
        Response preview = as("province-officer", "04").queryParam("dryRun", true).body(seed().toString())
                .when().post("/api/v1/plans");
        preview.then().statusCode(200)
                .body("planId", equalTo(null))
                .body("unitCode", equalTo("047"))
                .body("unitName", equalTo("Huyện Trùng Khánh"))
                .body("year", equalTo(2023))
                .body("totals.totalVnd", equalTo(224_523_000_000L));
        assertThat(MAPPER.readTree(preview.asString()).get("document")).isEqualTo(seed());
    }

    @Test
    void shouldRefuseTheSeedToAnOfficerOfItsAbolishedDistrictWhateverYearThePlanClaims() throws Exception {
        as("district-officer", "047").queryParam("dryRun", true).body(seed().toString())
                .when().post("/api/v1/plans")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("has not existed since 2025-06-30"));
    }

    @Test
    void shouldReportTheSeedsRealInconsistencies() {
        TestKeys.DistrictYear key = TestKeys.districtYear();
        importFor(key).then().statusCode(201)
                .body("errorCount", equalTo(3))
                .body("findings.find { it.code == 'PROJECT_TOTAL_MISMATCH' }.projectCode", equalTo("DA3"))
                .body("findings.find { it.code == 'PROJECT_TOTAL_MISMATCH' }.differenceVnd", equalTo(9_000_000))
                .body("findings.find { it.code == 'PLAN_TOTAL_MISMATCH' }.statedVnd", equalTo(158_914_000_000L))
                .body("findings.find { it.code == 'PLAN_TOTAL_MISMATCH' }.computedVnd", equalTo(224_523_000_000L))
                // The text speaks of its own year as 2022 once and 2023 thrice; the drawn year (2031 on) is neither.
                .body("findings.findAll { it.code == 'YEAR_MISMATCH' }.size()", equalTo(4))
                .body("findings.find { it.code == 'YEAR_MISMATCH' }.message",
                        containsString("the plan is for " + key.year()))
                .body("findings.code", hasItem("DOCUMENT_NUMBER_MISSING"));
    }

    @Test
    void shouldPreviewADryRunAndStoreNothing() {
        TestKeys.DistrictYear key = TestKeys.districtYear();
        as("district-officer", key.district()).queryParam("dryRun", true).body(seedFor(key).toString())
                .when().post("/api/v1/plans")
                .then().statusCode(200).body("planId", equalTo(null)).body("errorCount", equalTo(3));
        assertThat(plansOf(key)).isZero();
    }

    @Test
    void shouldAnswerARetriedImportWithTheFirstPlan() {
        TestKeys.DistrictYear key = TestKeys.districtYear();
        String idempotencyKey = UUID.randomUUID().toString();
        String first = as("district-officer", key.district()).header("Idempotency-Key", idempotencyKey)
                .body(seedFor(key).toString()).when().post("/api/v1/plans")
                .then().statusCode(201).extract().path("planId");
        String second = as("district-officer", key.district()).header("Idempotency-Key", idempotencyKey)
                .body(seedFor(key).toString()).when().post("/api/v1/plans")
                .then().statusCode(201).extract().path("planId");
        assertThat(second).isEqualTo(first);
        assertThat(plansOf(key)).isEqualTo(1);
    }

    @Test
    void shouldRefuseASecondPlanForTheSameUnitAndYear() {
        TestKeys.DistrictYear key = TestKeys.districtYear();
        importFor(key).then().statusCode(201);
        importFor(key).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAProjectTheProgramDoesNotHave() {
        ObjectNode doc = seedFor(TestKeys.districtYear());
        ((ObjectNode) doc.withArray("projects").get(1)).put("projectCode", "DA9");
        refused(doc, "projects[1].projectCode");
    }

    @Test
    void shouldRefuseASubProjectOfAnotherProject() {
        ObjectNode doc = seedFor(TestKeys.districtYear());
        ((ObjectNode) doc.withArray("projects").get(4)).withArray("subProjects")
                .add(MAPPER.createObjectNode().put("subProjectCode", "TDA1"));
        refused(doc, "projects[4].subProjects[0].subProjectCode");
    }

    @Test
    void shouldRefuseANegativeAmount() {
        ObjectNode doc = seedFor(TestKeys.districtYear());
        line(doc).put("amountVnd", -1);
        refused(doc, "projects[1].budgetLines[0].amountVnd");
    }

    @Test
    void shouldRefuseAnAmountAboveTheCeilingAndLinesThatAddUpAboveIt() {
        ObjectNode doc = seedFor(TestKeys.districtYear());
        line(doc).put("amountVnd", Long.MAX_VALUE);
        refused(doc, "projects[1].budgetLines[0].amountVnd");
        // Each line below the ceiling, together above it: as long arithmetic the total would have wrapped around.
        ObjectNode two = seedFor(TestKeys.districtYear());
        for (com.fasterxml.jackson.databind.JsonNode project : two.withArray("projects")) {
            for (com.fasterxml.jackson.databind.JsonNode l : project.path("budgetLines")) {
                ((ObjectNode) l).put("amountVnd", 600_000_000_000_000L);
            }
        }
        refused(two, "projects");
    }

    @Test
    void shouldRefuseAFractionalAmount() {
        ObjectNode doc = seedFor(TestKeys.districtYear());
        line(doc).put("amountVnd", 12_893_000_000.5);
        refused(doc, "projects[1].budgetLines[0].amountVnd");
    }

    @Test
    void shouldRefuseAnUnknownFundType() {
        ObjectNode doc = seedFor(TestKeys.districtYear());
        line(doc).put("fundType", "CAPITAL");
        refused(doc, "projects[1].budgetLines[0].fundType");
    }

    @Test
    void shouldRefuseAUnitThatDidNotExistInThatYear() {
        // Trùng Khánh district ended with the 2025 reform; the refusal stores nothing, so the real unit stays.
        importAs("047", seedFor("047", 2026)).then().statusCode(400).body("errors.field", hasItem("unitCode"));
    }

    @Test
    void shouldRefuseAnotherDistrictsPlan() {
        TestKeys.DistrictYear key = TestKeys.districtYear();
        importAs(OTHER_DISTRICT, seedFor(key)).then().statusCode(403).contentType("application/problem+json");
        assertThat(plansOf(key)).isZero();
    }

    @Test
    void shouldRefuseACommuneOfficer() {
        TestKeys.DistrictYear key = TestKeys.districtYear();
        as("commune-officer", key.commune(0)).body(seedFor(key).toString()).when().post("/api/v1/plans")
                .then().statusCode(403);
        assertThat(plansOf(key)).isZero();
    }

    @Test
    void shouldRefuseAnImportWithoutAToken() {
        // Refused before anything is read or stored: the seed as shipped, for its real district, runs again.
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

    /** Refused whole, naming the field, and nothing stored for the document's own district and year. */
    private static void refused(ObjectNode doc, String field) {
        String unit = doc.get("unitCode").asText();
        importAs(unit, doc).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertThat(plansOf(new TestKeys.DistrictYear(unit, doc.get("year").asInt()))).isZero();
    }
}

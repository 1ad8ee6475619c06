package vn.giamngheo.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.giamngheo.plan.api.PlanFixtures.MAPPER;
import static vn.giamngheo.plan.api.PlanFixtures.as;
import static vn.giamngheo.plan.api.PlanFixtures.etag;
import static vn.giamngheo.plan.api.PlanFixtures.importAs;
import static vn.giamngheo.plan.api.PlanFixtures.seedFor;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.testing.Schemas;
import vn.giamngheo.platform.events.testing.TopicReader;

/** Draft → submitted → approved → revised, with the approvals on the real topic and every bad move refused. */
@QuarkusTest
class PlanWorkflowTests {

    private static final String TOPIC = "test.plan-events";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void shouldApproveWithAcknowledgedFindingsAndPublishTheSnapshot() throws Exception {
        String planId = importAs("043", seedFor("043", 2023)).then().statusCode(201).extract().path("planId");
        String base = "/api/v1/plans/" + planId + "/versions/1";
        as("district-officer", "043").header("If-Match", etag(planId, 1, "043")).when().post(base + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));

        as("district-chair", "043").header("If-Match", etag(planId, 1, "043"))
                .body("{\"approvalDate\":\"2022-12-20\"}").when().post(base + "/approve")
                .then().statusCode(422).body("type", equalTo("urn:giamngheo:problem:findings-not-acknowledged"));
        as("district-chair", "043").header("If-Match", etag(planId, 1, "043"))
                .body("{\"approvalDate\":\"2022-12-20\",\"acknowledgeFindings\":true,"
                        + "\"reason\":\"Tổng kinh phí chưa gồm Tiểu dự án 2 - Dự án 1; điều chỉnh sau\"}")
                .when().post(base + "/approve")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo("district-chair-043"))
                .body("acknowledgement", equalTo("Tổng kinh phí chưa gồm Tiểu dự án 2 - Dự án 1; điều chỉnh sau"));

        JsonNode event = event("043:2023", planId, EventTypes.PLAN_APPROVED);
        JsonNode data = event.get("data");
        assertThat(data.get("planId").asText()).isEqualTo(planId);
        assertThat(data.get("version").asInt()).isEqualTo(1);
        assertThat(data.get("approvalDate").asText()).isEqualTo("2022-12-20");
        assertThat(data.get("budgetLines")).hasSize(16);
        assertThat(StreamSupport.stream(data.get("budgetLines").spliterator(), false)
                .mapToLong(l -> l.get("amountVnd").asLong()).sum()).isEqualTo(224_523_000_000L);
        assertThat(data.get("targets")).hasSize(3);
        assertThat(data.get("outputIndicators").findValuesAsText("key"))
                .containsExactly("DA6.TDA2.communication-attendances", "DA7.TDA1.training-attendances");
        assertThat(Schemas.payloadErrors(EventTypes.PLAN_APPROVED, data)).isEmpty();
        assertThat(Schemas.envelopeErrors(event)).isEmpty();
    }

    @Test
    void shouldReviseAnApprovedPlanAsANewVersionWithTheSameLineKeys() throws Exception {
        String planId = approved("042", 2023);
        as("district-officer", "042").body("{\"reason\":\"Bổ sung vốn Tiểu dự án 2\"}")
                .when().post("/api/v1/plans/" + planId + "/revisions")
                .then().statusCode(201).body("version", equalTo(2)).body("status", equalTo("DRAFT"));
        ObjectNode doc = seedFor("042", 2023);
        ((ObjectNode) doc.withArray("projects").get(1).get("budgetLines").get(0)).put("amountVnd", 13_000_000_000L);
        as("district-officer", "042").header("If-Match", etag(planId, 2, "042")).body(doc.toString())
                .when().put("/api/v1/plans/" + planId + "/versions/2")
                .then().statusCode(200).body("totals.totalVnd", equalTo(224_630_000_000L));
        submitAndApprove(planId, 2, "042");

        JsonNode data = event("042:2023", planId, EventTypes.PLAN_REVISED).get("data");
        assertThat(data.get("version").asInt()).isEqualTo(2);
        assertThat(data.get("previousVersion").asInt()).isEqualTo(1);
        assertThat(data.get("revisionReason").asText()).isEqualTo("Bổ sung vốn Tiểu dự án 2");
        JsonNode v1 = event("042:2023", planId, EventTypes.PLAN_APPROVED).get("data");
        assertThat(data.get("budgetLines").findValuesAsText("lineKey"))
                .containsExactlyElementsOf(v1.get("budgetLines").findValuesAsText("lineKey"));
        // Version 1 stays readable and unchanged.
        as("district-officer", "042").when().get("/api/v1/plans/" + planId + "/versions/1")
                .then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("totals.totalVnd", equalTo(224_523_000_000L));
        as("district-officer", "042").when().get("/api/v1/plans/" + planId)
                .then().body("approvedVersion", equalTo(2)).body("versions.status", equalTo(List.of("APPROVED", "APPROVED")));
    }

    @Test
    void shouldRefuseToEditAnApprovedVersion() {
        String planId = approved("040", 2023);
        String etag = etag(planId, 1, "040");
        as("district-officer", "040").header("If-Match", etag).body(seedFor("040", 2023).toString())
                .when().put("/api/v1/plans/" + planId + "/versions/1")
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(etag(planId, 1, "040")).isEqualTo(etag);
    }

    @Test
    void shouldRefuseAStaleOrMissingIfMatch() {
        String planId = importAs("040", seedFor("040", 2024)).then().statusCode(201).extract().path("planId");
        String path = "/api/v1/plans/" + planId + "/versions/1";
        String first = etag(planId, 1, "040");
        ObjectNode edited = seedFor("040", 2024);
        edited.put("generalObjective", "Mục tiêu đã sửa");
        as("district-officer", "040").header("If-Match", first).body(edited.toString()).when().put(path)
                .then().statusCode(200).body("document.generalObjective", equalTo("Mục tiêu đã sửa"));
        as("district-officer", "040").header("If-Match", first).body(seedFor("040", 2024).toString()).when().put(path)
                .then().statusCode(412).contentType("application/problem+json");
        as("district-officer", "040").body(seedFor("040", 2024).toString()).when().put(path)
                .then().statusCode(428);
        as("district-officer", "040").when().get(path).then().body("document.generalObjective", equalTo("Mục tiêu đã sửa"));
    }

    @Test
    void shouldLetOnlyTheChairOfTheIssuingUnitApprove() {
        String planId = importAs("045", seedFor("045", 2025)).then().statusCode(201).extract().path("planId");
        String base = "/api/v1/plans/" + planId + "/versions/1";
        as("district-officer", "045").header("If-Match", etag(planId, 1, "045")).when().post(base + "/submit")
                .then().statusCode(200);
        String approval = "{\"approvalDate\":\"2024-12-20\",\"acknowledgeFindings\":true,\"reason\":\"Đã xem xét các sai lệch\"}";
        as("district-officer", "045").header("If-Match", etag(planId, 1, "045")).body(approval)
                .when().post(base + "/approve").then().statusCode(403).contentType("application/problem+json");
        as("district-chair", "047").header("If-Match", etag(planId, 1, "045")).body(approval)
                .when().post(base + "/approve").then().statusCode(403);
        as("district-officer", "045").when().get(base).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void shouldRecordProgressAgainstAnOutputIndicator() throws Exception {
        String planId = approved("048", 2023);
        String report = "{\"indicatorKey\":\"DA6.TDA2.communication-attendances\",\"quantity\":120,"
                + "\"reportedOn\":\"2023-06-30\",\"note\":\"Hội nghị truyền thông tại xã Đình Phong\"}";
        as("district-officer", "048").body(report).when().post("/api/v1/plans/" + planId + "/progress")
                .then().statusCode(201);
        as("district-officer", "048").body(report.replace("120", "95").replace("06-30", "09-15"))
                .when().post("/api/v1/plans/" + planId + "/progress").then().statusCode(201)
                .body("indicators.find { it.key == 'DA6.TDA2.communication-attendances' }.achieved", equalTo(215))
                .body("indicators.find { it.key == 'DA6.TDA2.communication-attendances' }.target", equalTo(300));
        as("district-officer", "048").body(report.replace("DA6.TDA2.communication-attendances", "DA9.houses"))
                .when().post("/api/v1/plans/" + planId + "/progress")
                .then().statusCode(400).body("errors.field", hasItem("indicatorKey"));

        List<ConsumerRecord<String, String>> progress = TopicReader.read(bootstrap, TOPIC,
                r -> "048:2023".equals(r.key()) && r.value().contains(EventTypes.PLAN_PROGRESS_REPORTED)
                        && r.value().contains(planId), 2,
                Duration.ofSeconds(30));
        assertThat(progress).hasSize(2);
        JsonNode last = MAPPER.readTree(progress.get(1).value()).get("data");
        assertThat(last.get("indicators").get(0).get("achieved").decimalValue()).isEqualByComparingTo("215");
        assertThat(Schemas.payloadErrors(EventTypes.PLAN_PROGRESS_REPORTED, last)).isEmpty();
    }

    private String approved(String unit, int year) {
        String planId = importAs(unit, seedFor(unit, year)).then().statusCode(201).extract().path("planId");
        submitAndApprove(planId, 1, unit);
        return planId;
    }

    private static void submitAndApprove(String planId, int version, String unit) {
        String base = "/api/v1/plans/" + planId + "/versions/" + version;
        as("district-officer", unit).header("If-Match", etag(planId, version, unit)).when().post(base + "/submit")
                .then().statusCode(200);
        as("district-chair", unit).header("If-Match", etag(planId, version, unit))
                .body("{\"approvalDate\":\"2023-01-10\",\"acknowledgeFindings\":true,\"reason\":\"Các sai lệch đã được giải trình\"}")
                .when().post(base + "/approve").then().statusCode(200);
    }

    /** The event of this type about this plan: plan ids are new in every run, the topic may hold older runs'. */
    private JsonNode event(String key, String planId, String type) throws Exception {
        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, TOPIC,
                r -> key.equals(r.key()) && r.value().contains("\"type\":\"" + type + "\"")
                        && r.value().contains(planId), 1, Duration.ofSeconds(30));
        assertThat(records).as(type + " for " + key).hasSize(1);
        return MAPPER.readTree(records.get(0).value());
    }
}

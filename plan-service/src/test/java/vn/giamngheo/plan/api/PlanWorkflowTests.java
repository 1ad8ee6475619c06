package vn.giamngheo.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.giamngheo.plan.api.PlanFixtures.MAPPER;
import static vn.giamngheo.plan.api.PlanFixtures.OTHER_DISTRICT;
import static vn.giamngheo.plan.api.PlanFixtures.as;
import static vn.giamngheo.plan.api.PlanFixtures.etag;
import static vn.giamngheo.plan.api.PlanFixtures.importFor;
import static vn.giamngheo.plan.api.PlanFixtures.seedFor;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.payload.PlanApproved;
import vn.giamngheo.platform.events.testing.Schemas;
import vn.giamngheo.platform.events.testing.TestKeys;
import vn.giamngheo.platform.events.testing.TopicReader;

/**
 * Draft → submitted → approved → revised, with the approvals on the real topic and every bad move refused. Each test
 * works on a district and year of its own (TestKeys): the plan it imports is new on every run, and its events are
 * told apart from earlier runs' and other modules' on the shared topic by their key.
 */
@QuarkusTest
class PlanWorkflowTests {

    private static final String TOPIC = "test.plan-events";

    /**
     * An approval must not be dated in the future (PlanWorkflow.approvalRefusal) and the test years (2031 on) lie
     * ahead, so the date cannot follow the plan's year: a fixed past day, the one of the API's own approval example.
     */
    private static final String APPROVAL_DATE = "2022-12-20";

    /** The outbox relay publishes after the commit, on a machine shared with other suites: wait generously. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    /** How long one read of the topic waits for the records it expects before the assertion is tried again. */
    private static final Duration ONE_READ = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void shouldApproveWithAcknowledgedFindingsAndPublishTheSnapshot() {
        TestKeys.DistrictYear key = TestKeys.districtYear();
        String unit = key.district();
        String planId = importFor(key).then().statusCode(201).extract().path("planId");
        String base = "/api/v1/plans/" + planId + "/versions/1";
        as("district-officer", unit).header("If-Match", etag(planId, 1, unit)).when().post(base + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));

        as("district-chair", unit).header("If-Match", etag(planId, 1, unit))
                .body("{\"approvalDate\":\"" + APPROVAL_DATE + "\"}").when().post(base + "/approve")
                .then().statusCode(422).body("type", equalTo("urn:giamngheo:problem:findings-not-acknowledged"));
        as("district-chair", unit).header("If-Match", etag(planId, 1, unit))
                .body("{\"approvalDate\":\"" + APPROVAL_DATE + "\",\"acknowledgeFindings\":true,"
                        + "\"reason\":\"Tổng kinh phí chưa gồm Tiểu dự án 2 - Dự án 1; điều chỉnh sau\"}")
                .when().post(base + "/approve")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo("district-chair-" + unit))
                .body("acknowledgement", equalTo("Tổng kinh phí chưa gồm Tiểu dự án 2 - Dự án 1; điều chỉnh sau"));

        awaitEvent(key, planId, EventTypes.PLAN_APPROVED, event -> {
            JsonNode data = event.get("data");
            assertThat(data.get("planId").asText()).isEqualTo(planId);
            assertThat(data.get("unitCode").asText()).isEqualTo(unit);
            assertThat(data.get("year").asInt()).isEqualTo(key.year());
            assertThat(data.get("version").asInt()).isEqualTo(1);
            assertThat(data.get("approvalDate").asText()).isEqualTo(APPROVAL_DATE);
            assertThat(data.get("budgetLines")).hasSize(16);
            assertThat(StreamSupport.stream(data.get("budgetLines").spliterator(), false)
                    .mapToLong(l -> l.get("amountVnd").asLong()).sum()).isEqualTo(224_523_000_000L);
            assertThat(data.get("targets")).hasSize(3);
            assertThat(data.get("outputIndicators").findValuesAsText("key"))
                    .containsExactly("DA6.TDA2.communication-attendances", "DA7.TDA1.training-attendances");
            assertThat(Schemas.payloadErrors(EventTypes.PLAN_APPROVED, data)).isEmpty();
            assertThat(Schemas.envelopeErrors(event)).isEmpty();
        });
    }

    @Test
    void shouldReviseAnApprovedPlanAsANewVersionWithTheSameLineKeys() {
        TestKeys.DistrictYear key = TestKeys.districtYear();
        String unit = key.district();
        String planId = approved(key);
        as("district-officer", unit).body("{\"reason\":\"Bổ sung vốn Tiểu dự án 2\"}")
                .when().post("/api/v1/plans/" + planId + "/revisions")
                .then().statusCode(201).body("version", equalTo(2)).body("status", equalTo("DRAFT"));
        ObjectNode doc = seedFor(key);
        ((ObjectNode) doc.withArray("projects").get(1).get("budgetLines").get(0)).put("amountVnd", 13_000_000_000L);
        as("district-officer", unit).header("If-Match", etag(planId, 2, unit)).body(doc.toString())
                .when().put("/api/v1/plans/" + planId + "/versions/2")
                .then().statusCode(200).body("totals.totalVnd", equalTo(224_630_000_000L));
        submitAndApprove(planId, 2, unit);

        List<String> v1LineKeys = awaitEvent(key, planId, EventTypes.PLAN_APPROVED, v1 -> {
        }).get("data").get("budgetLines").findValuesAsText("lineKey");
        assertThat(v1LineKeys).hasSize(16);
        awaitEvent(key, planId, EventTypes.PLAN_REVISED, event -> {
            JsonNode data = event.get("data");
            assertThat(data.get("version").asInt()).isEqualTo(2);
            assertThat(data.get("previousVersion").asInt()).isEqualTo(1);
            assertThat(data.get("revisionReason").asText()).isEqualTo("Bổ sung vốn Tiểu dự án 2");
            assertThat(data.get("budgetLines").findValuesAsText("lineKey")).containsExactlyElementsOf(v1LineKeys);
        });
        // Version 1 stays readable and unchanged.
        as("district-officer", unit).when().get("/api/v1/plans/" + planId + "/versions/1")
                .then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("totals.totalVnd", equalTo(224_523_000_000L));
        as("district-officer", unit).when().get("/api/v1/plans/" + planId)
                .then().body("approvedVersion", equalTo(2)).body("versions.status", equalTo(List.of("APPROVED", "APPROVED")));
    }

    @Test
    void shouldRefuseToEditAnApprovedVersion() {
        TestKeys.DistrictYear key = TestKeys.districtYear();
        String unit = key.district();
        String planId = approved(key);
        String etag = etag(planId, 1, unit);
        as("district-officer", unit).header("If-Match", etag).body(seedFor(key).toString())
                .when().put("/api/v1/plans/" + planId + "/versions/1")
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(etag(planId, 1, unit)).isEqualTo(etag);
    }

    @Test
    void shouldRefuseAStaleOrMissingIfMatch() {
        TestKeys.DistrictYear key = TestKeys.districtYear();
        String unit = key.district();
        String planId = importFor(key).then().statusCode(201).extract().path("planId");
        String path = "/api/v1/plans/" + planId + "/versions/1";
        String first = etag(planId, 1, unit);
        ObjectNode edited = seedFor(key);
        edited.put("generalObjective", "Mục tiêu đã sửa");
        as("district-officer", unit).header("If-Match", first).body(edited.toString()).when().put(path)
                .then().statusCode(200).body("document.generalObjective", equalTo("Mục tiêu đã sửa"));
        as("district-officer", unit).header("If-Match", first).body(seedFor(key).toString()).when().put(path)
                .then().statusCode(412).contentType("application/problem+json");
        as("district-officer", unit).body(seedFor(key).toString()).when().put(path)
                .then().statusCode(428);
        as("district-officer", unit).when().get(path).then().body("document.generalObjective", equalTo("Mục tiêu đã sửa"));
    }

    @Test
    void shouldLetOnlyTheChairOfTheIssuingUnitApprove() {
        TestKeys.DistrictYear key = TestKeys.districtYear();
        String unit = key.district();
        String planId = importFor(key).then().statusCode(201).extract().path("planId");
        String base = "/api/v1/plans/" + planId + "/versions/1";
        as("district-officer", unit).header("If-Match", etag(planId, 1, unit)).when().post(base + "/submit")
                .then().statusCode(200);
        String approval = "{\"approvalDate\":\"" + APPROVAL_DATE + "\",\"acknowledgeFindings\":true,"
                + "\"reason\":\"Đã xem xét các sai lệch\"}";
        as("district-officer", unit).header("If-Match", etag(planId, 1, unit)).body(approval)
                .when().post(base + "/approve").then().statusCode(403).contentType("application/problem+json");
        as("district-chair", OTHER_DISTRICT).header("If-Match", etag(planId, 1, unit)).body(approval)
                .when().post(base + "/approve").then().statusCode(403);
        as("district-officer", unit).when().get(base).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void shouldRecordProgressAgainstAnOutputIndicator() {
        TestKeys.DistrictYear key = TestKeys.districtYear();
        String unit = key.district();
        String planId = approved(key);
        // A report must not be dated in the future and the test years lie ahead: fixed past days, whatever the year.
        String report = "{\"indicatorKey\":\"DA6.TDA2.communication-attendances\",\"quantity\":120,"
                + "\"reportedOn\":\"2023-06-30\",\"note\":\"Hội nghị truyền thông tại xã Đình Phong\"}";
        as("district-officer", unit).body(report).when().post("/api/v1/plans/" + planId + "/progress")
                .then().statusCode(201);
        as("district-officer", unit).body(report.replace("120", "95").replace("06-30", "09-15"))
                .when().post("/api/v1/plans/" + planId + "/progress").then().statusCode(201)
                .body("indicators.find { it.key == 'DA6.TDA2.communication-attendances' }.achieved", equalTo(215))
                .body("indicators.find { it.key == 'DA6.TDA2.communication-attendances' }.target", equalTo(300));
        as("district-officer", unit).body(report.replace("DA6.TDA2.communication-attendances", "DA9.houses"))
                .when().post("/api/v1/plans/" + planId + "/progress")
                .then().statusCode(400).body("errors.field", hasItem("indicatorKey"));

        // Two reports, two events: each with the total so far, the refused third none.
        awaitRecords(key, planId, EventTypes.PLAN_PROGRESS_REPORTED, 2, progress -> {
            assertThat(progress).hasSize(2);
            JsonNode first = MAPPER.readTree(progress.get(0).value()).get("data");
            JsonNode last = MAPPER.readTree(progress.get(1).value()).get("data");
            assertThat(first.get("indicators").get(0).get("achieved").decimalValue()).isEqualByComparingTo("120");
            assertThat(last.get("indicators").get(0).get("achieved").decimalValue()).isEqualByComparingTo("215");
            assertThat(Schemas.payloadErrors(EventTypes.PLAN_PROGRESS_REPORTED, last)).isEmpty();
        });
    }

    @Test
    void shouldRecordTheSameKeysProgressOnAnotherPlanAsANewReport() {
        TestKeys.DistrictYear first = TestKeys.districtYear();
        TestKeys.DistrictYear second = TestKeys.districtYear();
        String planA = approved(first);
        String planB = approved(second);
        String idempotencyKey = UUID.randomUUID().toString();
        String report = "{\"indicatorKey\":\"DA6.TDA2.communication-attendances\",\"quantity\":40,"
                + "\"reportedOn\":\"2023-06-30\"}";
        // The province's officer reports on both districts' plans, with one key.
        as("province-officer", TestKeys.PROVINCE).header("Idempotency-Key", idempotencyKey).body(report)
                .when().post("/api/v1/plans/" + planA + "/progress").then().statusCode(201);
        // The same key and body on the other plan is another request: it records there, it does not replay plan A.
        as("province-officer", TestKeys.PROVINCE).header("Idempotency-Key", idempotencyKey).body(report)
                .when().post("/api/v1/plans/" + planB + "/progress").then().statusCode(201)
                .header("Idempotency-Replayed", "false")
                .body("planId", equalTo(planB))
                .body("indicators.find { it.key == 'DA6.TDA2.communication-attendances' }.achieved", equalTo(40));
    }

    private String approved(TestKeys.DistrictYear key) {
        String planId = importFor(key).then().statusCode(201).extract().path("planId");
        submitAndApprove(planId, 1, key.district());
        return planId;
    }

    @Test
    void shouldLetACommunesOwnOfficerAndChairDraftSubmitAndApproveItsPlanAfterTheReform() {
        String commune = TestKeys.commune();
        String planId = as("commune-officer", commune).body(seedFor(commune, 2026).toString())
                .when().post("/api/v1/plans")
                .then().statusCode(201).body("unitCode", equalTo(commune)).extract().path("planId");
        String base = "/api/v1/plans/" + planId + "/versions/1";
        as("commune-officer", commune).header("If-Match", etag(planId, 1, commune)).when().post(base + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        String approval = "{\"approvalDate\":\"" + APPROVAL_DATE + "\",\"acknowledgeFindings\":true,"
                + "\"reason\":\"Các sai lệch đã được giải trình\"}";
        // The province's chair approves the province's plans, not a commune's.
        as("province-chair", TestKeys.PROVINCE).header("If-Match", etag(planId, 1, commune)).body(approval)
                .when().post(base + "/approve").then().statusCode(403).contentType("application/problem+json");
        as("commune-chair", commune).header("If-Match", etag(planId, 1, commune)).body(approval)
                .when().post(base + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void shouldRefuseAPlanOfAnAbolishedDistrictForAYearAfterTheReformNamingItsEndDate() {
        as("province-officer", "04").body(seedFor("047", 2026).toString()).when().post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unitCode"))
                .body("detail", containsString("ended on 2025-06-30"));
    }

    private static void submitAndApprove(String planId, int version, String unit) {
        String base = "/api/v1/plans/" + planId + "/versions/" + version;
        as("district-officer", unit).header("If-Match", etag(planId, version, unit)).when().post(base + "/submit")
                .then().statusCode(200);
        as("district-chair", unit).header("If-Match", etag(planId, version, unit))
                .body("{\"approvalDate\":\"" + APPROVAL_DATE + "\",\"acknowledgeFindings\":true,"
                        + "\"reason\":\"Các sai lệch đã được giải trình\"}")
                .when().post(base + "/approve").then().statusCode(200);
    }

    /** The one event of this type about this plan, once it is on the topic and as the assertions want it. */
    private JsonNode awaitEvent(TestKeys.DistrictYear key, String planId, String type, ThrowingConsumer<JsonNode> assertions) {
        List<ConsumerRecord<String, String>> records = awaitRecords(key, planId, type, 1, found -> {
            assertThat(found).as(type + " of plan " + planId).hasSize(1);
            assertions.accept(MAPPER.readTree(found.get(0).value()));
        });
        try {
            return MAPPER.readTree(records.get(0).value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The records of this type about this plan, read again until the assertions hold: the relay publishes after the
     * commit. The key is the test's own district and year, the plan id is new in every run, so records of earlier
     * runs and of other modules on the shared topic never count.
     */
    private List<ConsumerRecord<String, String>> awaitRecords(TestKeys.DistrictYear key, String planId, String type,
            int expected, ThrowingConsumer<List<ConsumerRecord<String, String>>> assertions) {
        String planKey = PlanApproved.planKey(key.district(), key.year());
        AtomicReference<List<ConsumerRecord<String, String>>> seen = new AtomicReference<>();
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, TOPIC,
                    r -> planKey.equals(r.key()) && r.value().contains("\"type\":\"" + type + "\"")
                            && r.value().contains(planId), expected, ONE_READ);
            assertions.accept(records);
            seen.set(records);
        });
        return seen.get();
    }

    /** An assertion block that may read JSON. */
    @FunctionalInterface
    private interface ThrowingConsumer<T> {
        void accept(T value) throws Exception;
    }
}

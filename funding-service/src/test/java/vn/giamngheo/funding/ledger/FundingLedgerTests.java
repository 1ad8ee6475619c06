package vn.giamngheo.funding.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.testing.EventPublisher;
import vn.giamngheo.platform.events.testing.Schemas;
import vn.giamngheo.platform.events.testing.TestKeys;
import vn.giamngheo.platform.events.testing.TopicReader;
import vn.giamngheo.platform.web.testing.TestTokens;

/**
 * Allocations within lines, payments within allocations, reversals within payments: exact to the đồng. Each test
 * approves a plan of a district and year of its own (TestKeys) on the shared plan topic, so that its lines, its
 * area's balances and its events are its own, whatever earlier runs and the other modules' tests wrote.
 */
@QuarkusTest
class FundingLedgerTests {

    private static final String LINE = "DA1.TDA1.INVESTMENT.UNSPECIFIED";
    private static final List<String> LINES = List.of(LINE, "DA1.TDA1.RECURRENT.UNSPECIFIED",
            "DA2.UNSPECIFIED.UNSPECIFIED");

    /**
     * The service reads the plan topic from its beginning with a group of its own, and the topic keeps every
     * earlier run's events; on a machine shared with other suites that takes a while: wait generously.
     */
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    /** How long one read of the funding topic waits for the records it expects before the assertion is tried again. */
    private static final Duration ONE_READ = Duration.ofSeconds(20);

    /**
     * A district of the test province that TestKeys never hands out whole (its communes go one by one), so never the
     * district of a test's plan: its officers stand for "another district".
     */
    private static final String OTHER_DISTRICT = "990";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource dataSource;

    /**
     * A plan approved for a district and year that no earlier test, of any run, wrote about. Its money moves in its
     * own year, in one of its district's communes (valid in every year).
     */
    private record Plan(UUID id, TestKeys.DistrictYear at) {

        String district() {
            return at.district();
        }

        String commune() {
            return at.commune(7);
        }

        LocalDate day(int month, int dayOfMonth) {
            return LocalDate.of(at.year(), month, dayOfMonth);
        }
    }

    @Test
    void shouldLearnAnApprovedPlansLinesFromTheTopic() {
        TestKeys.DistrictYear at = TestKeys.districtYear();
        UUID planId = UUID.randomUUID();
        ApprovedPlans.publish(bootstrap, ApprovedPlans.plan(planId, at.district(), at.year(), 1, 1_000_000, 200_000,
                50_000));
        await().atMost(PATIENCE).untilAsserted(() -> officer(at.district()).queryParam("planId", planId)
                .when().get("/api/v1/budget-lines").then().statusCode(200)
                .body("lineKey", equalTo(LINES))
                .body("proposedVnd", equalTo(List.of(1_000_000, 200_000, 50_000)))
                .body("planUnitCode", everyItem(equalTo(at.district())))
                .body("year", everyItem(equalTo(at.year())))
                .body("planVersion", everyItem(equalTo(1))));
    }

    @Test
    void shouldLetACommunesFinanceOfficerFundTheCommunesOwnPlanAfterTheReform() {
        // From 2025-07-01 a commune has plans of its own; its finance officer moves their money.
        String commune = TestKeys.commune();
        UUID planId = UUID.randomUUID();
        ApprovedPlans.publish(bootstrap, ApprovedPlans.plan(planId, commune, 2026, 1, 1_000_000, 200_000, 0));
        await().atMost(PATIENCE).untilAsserted(() -> officer(commune).queryParam("planId", planId)
                .when().get("/api/v1/budget-lines").then().statusCode(200)
                .body("lineKey", equalTo(LINES))
                .body("planUnitCode", everyItem(equalTo(commune))));
        String body = "{\"planId\":\"" + planId + "\",\"lineKey\":\"" + LINE + "\",\"implementingUnit\":\"UBND xã\","
                + "\"implementingAreaCode\":\"" + commune + "\",\"amountVnd\":400000,"
                + "\"decisionNumber\":\"12/QĐ-UBND\",\"decisionDate\":\"2026-02-15\"}";
        String allocation = officer(commune).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .when().post("/api/v1/allocations").then().statusCode(201).extract().path("id");
        officer(commune).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"amountVnd\":150000,\"valueDate\":\"2026-04-01\",\"payee\":\"Tổ hợp tác chăn nuôi\","
                        + "\"paymentReference\":\"KBNN-" + UUID.randomUUID() + "\"}")
                .when().post("/api/v1/allocations/" + allocation + "/disbursements").then().statusCode(201);
        officer(commune).when().get("/api/v1/allocations/" + allocation).then().statusCode(200)
                .body("disbursedVnd", equalTo(150_000));
        // Another commune's finance officer neither funds it nor reads its ledger.
        String other = TestKeys.commune();
        officer(other).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .when().post("/api/v1/allocations").then().statusCode(403);
        officer(other).when().get("/api/v1/allocations/" + allocation).then().statusCode(403);
    }

    @Test
    void shouldRefuseAnAllocationOverTheLine() {
        Plan plan = approvedPlan(1_000_000, 200_000, 50_000);
        allocate(plan, 600_000).then().statusCode(201);
        allocate(plan, 400_001).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:giamngheo:problem:over-line"));
        allocate(plan, 400_000).then().statusCode(201);
        officer(plan.district()).queryParam("planId", plan.id()).when().get("/api/v1/budget-lines").then()
                .body("find { it.lineKey == '" + LINE + "' }.allocatedVnd", equalTo(1_000_000))
                .body("find { it.lineKey == '" + LINE + "' }.unallocatedVnd", equalTo(0));
    }

    @Test
    void shouldRefuseADisbursementOverTheAllocationAndRestoreTheBalanceWithAReversal() {
        Plan plan = approvedPlan(1_000_000, 0, 0);
        String allocation = allocation(plan, 500_000);
        String payment = disburse(plan, allocation, 300_000).then().statusCode(201).extract().path("id");
        disburse(plan, allocation, 200_001).then().statusCode(422)
                .body("type", equalTo("urn:giamngheo:problem:over-allocation"));
        String reversal = reverse(plan, payment, 100_000).then().statusCode(201).body("kind", equalTo("REVERSAL"))
                .extract().path("id");
        disburse(plan, allocation, 300_000).then().statusCode(201);
        reverse(plan, payment, 200_001).then().statusCode(422).body("type", equalTo("urn:giamngheo:problem:over-reversal"));
        reverse(plan, reversal, 1).then().statusCode(422)
                .body("type", equalTo("urn:giamngheo:problem:reversal-of-reversal"));

        Response read = officer(plan.district()).when().get("/api/v1/allocations/" + allocation);
        read.then().statusCode(200).body("disbursedVnd", equalTo(500_000)).body("remainingVnd", equalTo(0))
                .body("disbursementRate.percent", equalTo(100.0f));
        List<String> kinds = read.path("ledger.kind");
        List<Integer> amounts = read.path("ledger.amountVnd");
        long net = 0;
        for (int i = 0; i < kinds.size(); i++) {
            net += "DISBURSEMENT".equals(kinds.get(i)) ? amounts.get(i) : -amounts.get(i);
        }
        assertThat(net).isEqualTo(500_000);
    }

    @Test
    void shouldShowAnAllocationWithItsPayeesOnlyWithinTheReadersArea() {
        Plan plan = approvedPlan(1_000_000, 0, 0);
        String allocation = allocation(plan, 400_000);
        disburse(plan, allocation, 100_000).then().statusCode(201);

        officer(plan.district()).when().get("/api/v1/allocations/" + allocation)
                .then().statusCode(200).body("ledger[0].payee", equalTo("Hợp tác xã Nông nghiệp Đàm Thủy"));
        given().auth().oauth2(TestTokens.token("system", "04")).when().get("/api/v1/allocations/" + allocation)
                .then().statusCode(200);
        // A commune reads its district's plan, but not the district's ledger with its payees.
        given().auth().oauth2(TestTokens.token("commune-officer", plan.commune()))
                .when().get("/api/v1/allocations/" + allocation)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("commune-officer", plan.commune()))
                .queryParam("planId", plan.id().toString())
                .when().get("/api/v1/budget-lines")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.withGroups(plan.district(), "no-role", "default-roles-giamngheo"))
                .when().get("/api/v1/allocations/" + allocation)
                .then().statusCode(403);
    }

    @Test
    void shouldNeverPayMoreThanTheAllocationWhenManyRequestsRace() throws Exception {
        Plan plan = approvedPlan(1_000_000, 0, 0);
        String allocation = allocation(plan, 1_000_000);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            answers.add(pool.submit((Callable<Response>) () -> disburse(plan, allocation, 30_000)));
        }
        List<String> accepted = new ArrayList<>();
        int refused = 0;
        for (Future<Response> a : answers) {
            Response r = a.get();
            if (r.statusCode() == 201) {
                accepted.add(r.path("id"));
            } else {
                assertThat(r.statusCode()).isEqualTo(422);
                refused++;
            }
        }
        pool.shutdown();
        assertThat(accepted).hasSize(33).doesNotHaveDuplicates();
        assertThat(refused).isEqualTo(7);
        Response read = officer(plan.district()).when().get("/api/v1/allocations/" + allocation);
        read.then().body("disbursedVnd", equalTo(990_000));
        List<String> ledger = read.path("ledger.id");
        assertThat(ledger).containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(sum("SELECT coalesce(sum(amount_vnd), 0) FROM ledger_entry WHERE allocation_id = '" + allocation + "'"))
                .isEqualTo(990_000);
    }

    @Test
    void shouldRecordOnePaymentForTheSameKeySentTwice() {
        Plan plan = approvedPlan(1_000_000, 0, 0);
        String allocation = allocation(plan, 1_000_000);
        String key = UUID.randomUUID().toString();
        String body = payment(plan, 70_000);
        String first = officer(plan.district()).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/allocations/" + allocation + "/disbursements")
                .then().statusCode(201).extract().path("id");
        String again = officer(plan.district()).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/allocations/" + allocation + "/disbursements")
                .then().statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(first);
        officer(plan.district()).when().get("/api/v1/allocations/" + allocation).then().body("ledger.size()", equalTo(1))
                .body("disbursedVnd", equalTo(70_000));
    }

    @Test
    void shouldRefuseAReplayByAnAccountWithoutThePermissionEvenUnderTheSameUserNameAndKey() {
        Plan plan = approvedPlan(1_000_000, 0, 0);
        String allocation = allocation(plan, 1_000_000);
        String key = UUID.randomUUID().toString();
        String body = payment(plan, 70_000);
        officer(plan.district()).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/allocations/" + allocation + "/disbursements").then().statusCode(201);
        // Another province's commune officer whose account bears the finance officer's user name, with the same key
        // and body: the permission is checked before any replay, and keys are scoped by the whole identity.
        String impostor = TestTokens.token("commune-officer", TestKeys.commune(), "finance-officer-" + plan.district());
        given().auth().oauth2(impostor).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/allocations/" + allocation + "/disbursements")
                .then().statusCode(403).contentType("application/problem+json");
        officer(plan.district()).when().get("/api/v1/allocations/" + allocation).then().body("ledger.size()", equalTo(1))
                .body("disbursedVnd", equalTo(70_000));
    }

    @Test
    void shouldRefuseASecondPaymentWithTheSameTreasuryReferenceUnderANewKey() {
        Plan plan = approvedPlan(1_000_000, 0, 0);
        String allocation = allocation(plan, 1_000_000);
        String body = payment(plan, 70_000);
        String first = officer(plan.district()).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .when().post("/api/v1/allocations/" + allocation + "/disbursements")
                .then().statusCode(201).extract().path("id");
        // A client that lost the answer and retried with a new key: the treasury reference tells it is the same payment.
        officer(plan.district()).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .when().post("/api/v1/allocations/" + allocation + "/disbursements")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString(first));
        officer(plan.district()).when().get("/api/v1/allocations/" + allocation).then().body("ledger.size()", equalTo(1))
                .body("disbursedVnd", equalTo(70_000));
    }

    @Test
    void shouldMatchTheBalancesToTheLedgerToTheDong() {
        Plan plan = approvedPlan(1_000_000, 300_000, 0);
        String investment = allocation(plan, LINE, 800_000);
        String recurrent = allocation(plan, "DA1.TDA1.RECURRENT.UNSPECIFIED", 300_000);
        disburse(plan, investment, 333_333).then().statusCode(201);
        disburse(plan, recurrent, 100_000).then().statusCode(201);
        given().auth().oauth2(TestTokens.token("district-officer", plan.district())).queryParam("planId", plan.id())
                .when().get("/api/v1/balances")
                .then().statusCode(200)
                .body("total.proposedVnd", equalTo(1_300_000))
                .body("total.assignedVnd", equalTo(1_100_000))
                .body("total.disbursedVnd", equalTo(433_333))
                .body("byFundType.find { it.group == 'INVESTMENT' }.disbursementRate.numerator", equalTo(333_333))
                .body("byFundType.find { it.group == 'INVESTMENT' }.disbursementRate.denominator", equalTo(800_000))
                .body("byFundType.find { it.group == 'INVESTMENT' }.disbursementRate.percent", equalTo(41.67f))
                .body("byFundType.find { it.group == 'RECURRENT' }.disbursedOfProposed.percent", equalTo(33.33f));
    }

    @Test
    void shouldAddAPlansMoneyToItsAreasBalances() {
        Plan plan = approvedPlan(1_000_000, 300_000, 0);
        String investment = allocation(plan, LINE, 800_000);
        disburse(plan, investment, 333_333).then().statusCode(201);
        // The district and year are this test's own: the area's balances hold this plan's money and nothing else.
        given().auth().oauth2(TestTokens.token("province-officer", TestKeys.PROVINCE))
                .queryParam("area", plan.district()).queryParam("year", plan.at().year())
                .when().get("/api/v1/balances")
                .then().statusCode(200)
                .body("total.proposedVnd", equalTo(1_300_000))
                .body("total.assignedVnd", equalTo(800_000))
                .body("total.disbursedVnd", equalTo(333_333));
    }

    @Test
    void shouldReportARevisionThatLowersALineBelowItsAllocations() {
        Plan plan = approvedPlan(1_000_000, 0, 0);
        allocate(plan, 900_000).then().statusCode(201);
        ApprovedPlans.publish(bootstrap, ApprovedPlans.plan(plan.id(), plan.district(), plan.at().year(), 2,
                700_000, 0, 0));
        await().atMost(PATIENCE).untilAsserted(() -> {
            officer(plan.district()).queryParam("planId", plan.id()).when().get("/api/v1/budget-lines/conflicts")
                    .then().statusCode(200).body("size()", equalTo(1))
                    .body("[0].previousVnd", equalTo(1_000_000)).body("[0].revisedVnd", equalTo(700_000))
                    .body("[0].allocatedVnd", equalTo(900_000));
            officer(plan.district()).queryParam("planId", plan.id()).when().get("/api/v1/budget-lines").then()
                    .statusCode(200)
                    .body("find { it.lineKey == '" + LINE + "' }.planVersion", equalTo(2))
                    .body("find { it.lineKey == '" + LINE + "' }.proposedVnd", equalTo(700_000))
                    .body("find { it.lineKey == '" + LINE + "' }.overAllocatedVnd", equalTo(200_000));
        });
        allocate(plan, 1).then().statusCode(422);
        // Without a plan there is nothing to check: a field error, not an empty list that reads as "no conflict".
        officer(plan.district()).when().get("/api/v1/budget-lines/conflicts")
                .then().statusCode(400).body("errors.field", hasItem("planId"));
    }

    @Test
    void shouldPublishEachMovementThroughTheOutbox() {
        Plan plan = approvedPlan(1_000_000, 0, 0);
        String allocation = allocation(plan, 400_000);
        disburse(plan, allocation, 150_000).then().statusCode(201);
        // Keyed by the allocation, new in this run: no earlier run's record on the kept topic is read as ours.
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> events = TopicReader.read(bootstrap, "test.funding-events",
                    r -> allocation.equals(r.key()), 2, ONE_READ);
            assertThat(events).hasSize(2);
            JsonNode allocated = EventPublisher.MAPPER.readTree(events.get(0).value());
            JsonNode disbursed = EventPublisher.MAPPER.readTree(events.get(1).value());
            assertThat(allocated.get("type").asText()).isEqualTo(EventTypes.FUNDS_ALLOCATED);
            assertThat(disbursed.get("type").asText()).isEqualTo(EventTypes.FUNDS_DISBURSED);
            assertThat(disbursed.get("sequence").asLong()).isEqualTo(2);
            assertThat(disbursed.at("/data/amountVnd").asLong()).isEqualTo(150_000);
            assertThat(disbursed.at("/data/year").asInt()).isEqualTo(plan.at().year());
            assertThat(Schemas.payloadErrors(EventTypes.FUNDS_ALLOCATED, allocated.get("data"))).isEmpty();
            assertThat(Schemas.payloadErrors(EventTypes.FUNDS_DISBURSED, disbursed.get("data"))).isEmpty();
        });
    }

    @Test
    void shouldRefuseBadMoneyAndChangeNothing() {
        Plan plan = approvedPlan(1_000_000, 0, 0);
        String allocation = allocation(plan, 100_000);
        for (String amount : List.of("0", "-5", "10.5", "\"100\"", "1000000000000001", "9223372036854775807")) {
            officer(plan.district()).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"amountVnd\":" + amount + ",\"valueDate\":\"" + plan.day(4, 1) + "\","
                            + "\"payee\":\"UBND xã Ngọc Côn\",\"paymentReference\":\"KB-1\"}")
                    .when().post("/api/v1/allocations/" + allocation + "/disbursements")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("amountVnd"));
        }
        officer(plan.district()).body(payment(plan, 10)).when().post("/api/v1/allocations/" + allocation + "/disbursements")
                .then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
        disburse(plan, UUID.randomUUID().toString(), 10).then().statusCode(404);
        allocate(new Plan(UUID.randomUUID(), plan.at()), 10).then().statusCode(422)
                .body("type", equalTo("urn:giamngheo:problem:line-not-approved"));
        // The plan's own district, but not its finance office; a finance office, but of another district.
        given().auth().oauth2(TestTokens.token("district-officer", plan.district())).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(payment(plan, 10))
                .when().post("/api/v1/allocations/" + allocation + "/disbursements").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("finance-officer", OTHER_DISTRICT)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(payment(plan, 10))
                .when().post("/api/v1/allocations/" + allocation + "/disbursements").then().statusCode(403);
        officer(plan.district()).when().get("/api/v1/allocations/" + allocation).then().body("ledger.size()", equalTo(0))
                .body("disbursedVnd", equalTo(0));
    }

    @Test
    void shouldKeepTheLedgerAppendOnlyInTheDatabase() {
        Plan plan = approvedPlan(1_000_000, 0, 0);
        String allocation = allocation(plan, 100_000);
        disburse(plan, allocation, 10_000).then().statusCode(201);
        assertThatThrownBy(() -> sum("UPDATE ledger_entry SET amount_vnd = 1 WHERE allocation_id = '" + allocation
                + "' RETURNING 0")).hasMessageContaining("append-only");
    }

    // ---- helpers

    /**
     * Publishes an approved plan (three lines of these amounts) for a district and year of the test's own, and waits
     * until funding has learnt its lines with exactly these amounts from the topic.
     */
    private Plan approvedPlan(long investment, long recurrent, long unspecified) {
        Plan plan = new Plan(UUID.randomUUID(), TestKeys.districtYear());
        ApprovedPlans.publish(bootstrap, ApprovedPlans.plan(plan.id(), plan.district(), plan.at().year(), 1,
                investment, recurrent, unspecified));
        await().atMost(PATIENCE).untilAsserted(() -> officer(plan.district()).queryParam("planId", plan.id())
                .when().get("/api/v1/budget-lines").then().statusCode(200)
                .body("lineKey", equalTo(LINES))
                .body("proposedVnd", equalTo(List.of((int) investment, (int) recurrent, (int) unspecified))));
        return plan;
    }

    /** The finance office of a district, which records the money of the district's plans. */
    private static RequestSpecification officer(String district) {
        return given().auth().oauth2(TestTokens.token("finance-officer", district)).contentType(ContentType.JSON);
    }

    private static Response allocate(Plan plan, long amount) {
        return officer(plan.district()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(allocationBody(plan, LINE, amount))
                .when().post("/api/v1/allocations");
    }

    private static String allocation(Plan plan, long amount) {
        return allocation(plan, LINE, amount);
    }

    private static String allocation(Plan plan, String line, long amount) {
        return officer(plan.district()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(allocationBody(plan, line, amount))
                .when().post("/api/v1/allocations").then().statusCode(201).extract().path("id");
    }

    private static String allocationBody(Plan plan, String line, long amount) {
        return "{\"planId\":\"" + plan.id() + "\",\"lineKey\":\"" + line + "\",\"implementingUnit\":\"UBND xã Đình Phong\","
                + "\"implementingAreaCode\":\"" + plan.commune() + "\",\"amountVnd\":" + amount
                + ",\"decisionNumber\":\"125/QĐ-UBND\",\"decisionDate\":\"" + plan.day(2, 15) + "\"}";
    }

    private static Response disburse(Plan plan, String allocation, long amount) {
        return officer(plan.district()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(payment(plan, amount))
                .when().post("/api/v1/allocations/" + allocation + "/disbursements");
    }

    private static String payment(Plan plan, long amount) {
        return "{\"amountVnd\":" + amount + ",\"valueDate\":\"" + plan.day(4, 1) + "\","
                + "\"payee\":\"Hợp tác xã Nông nghiệp Đàm Thủy\",\"paymentReference\":\"KBNN-" + UUID.randomUUID() + "\"}";
    }

    private static Response reverse(Plan plan, String payment, long amount) {
        return officer(plan.district()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"amountVnd\":" + amount + ",\"valueDate\":\"" + plan.day(5, 1) + "\","
                        + "\"reason\":\"Thu hồi do chi sai\"}")
                .when().post("/api/v1/disbursements/" + payment + "/reversals");
    }

    private long sum(String sql) throws Exception {
        try (var c = dataSource.getConnection(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package vn.giamngheo.funding.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
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
import vn.giamngheo.platform.events.testing.Schemas;
import vn.giamngheo.platform.events.testing.EventPublisher;
import vn.giamngheo.platform.events.testing.TopicReader;
import vn.giamngheo.platform.web.testing.TestTokens;

/** Allocations within lines, payments within allocations, reversals within payments: exact to the đồng. */
@QuarkusTest
class FundingLedgerTests {

    private static final String LINE = "DA1.TDA1.INVESTMENT.UNSPECIFIED";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldLearnAnApprovedPlansLinesFromTheTopic() throws Exception {
        UUID planId = approvedPlan(1_000_000, 200_000, 50_000);
        officer().queryParam("planId", planId).when().get("/api/v1/budget-lines").then().statusCode(200)
                .body("lineKey", equalTo(List.of("DA1.TDA1.INVESTMENT.UNSPECIFIED", "DA1.TDA1.RECURRENT.UNSPECIFIED",
                        "DA2.UNSPECIFIED.UNSPECIFIED")))
                .body("proposedVnd", equalTo(List.of(1_000_000, 200_000, 50_000)));
    }

    @Test
    void shouldRefuseAnAllocationOverTheLine() throws Exception {
        UUID planId = approvedPlan(1_000_000, 200_000, 50_000);
        allocate(planId, 600_000).then().statusCode(201);
        allocate(planId, 400_001).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:giamngheo:problem:over-line"));
        allocate(planId, 400_000).then().statusCode(201);
        officer().queryParam("planId", planId).when().get("/api/v1/budget-lines").then()
                .body("find { it.lineKey == '" + LINE + "' }.allocatedVnd", equalTo(1_000_000))
                .body("find { it.lineKey == '" + LINE + "' }.unallocatedVnd", equalTo(0));
    }

    @Test
    void shouldRefuseADisbursementOverTheAllocationAndRestoreTheBalanceWithAReversal() throws Exception {
        String allocation = allocation(approvedPlan(1_000_000, 0, 0), 500_000);
        String payment = disburse(allocation, 300_000).then().statusCode(201).extract().path("id");
        disburse(allocation, 200_001).then().statusCode(422).body("type", equalTo("urn:giamngheo:problem:over-allocation"));
        String reversal = reverse(payment, 100_000).then().statusCode(201).body("kind", equalTo("REVERSAL"))
                .extract().path("id");
        disburse(allocation, 300_000).then().statusCode(201);
        reverse(payment, 200_001).then().statusCode(422).body("type", equalTo("urn:giamngheo:problem:over-reversal"));
        reverse(reversal, 1).then().statusCode(422).body("type", equalTo("urn:giamngheo:problem:reversal-of-reversal"));

        Response read = officer().when().get("/api/v1/allocations/" + allocation);
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
    void shouldNeverPayMoreThanTheAllocationWhenManyRequestsRace() throws Exception {
        String allocation = allocation(approvedPlan(1_000_000, 0, 0), 1_000_000);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            answers.add(pool.submit((Callable<Response>) () -> disburse(allocation, 30_000)));
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
        Response read = officer().when().get("/api/v1/allocations/" + allocation);
        read.then().body("disbursedVnd", equalTo(990_000));
        List<String> ledger = read.path("ledger.id");
        assertThat(ledger).containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(sum("SELECT coalesce(sum(amount_vnd), 0) FROM ledger_entry WHERE allocation_id = '" + allocation + "'"))
                .isEqualTo(990_000);
    }

    @Test
    void shouldRecordOnePaymentForTheSameKeySentTwice() throws Exception {
        String allocation = allocation(approvedPlan(1_000_000, 0, 0), 1_000_000);
        String key = UUID.randomUUID().toString();
        String body = payment(70_000);
        String first = officer().header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/allocations/" + allocation + "/disbursements")
                .then().statusCode(201).extract().path("id");
        String again = officer().header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/allocations/" + allocation + "/disbursements")
                .then().statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(first);
        officer().when().get("/api/v1/allocations/" + allocation).then().body("ledger.size()", equalTo(1))
                .body("disbursedVnd", equalTo(70_000));
    }

    @Test
    void shouldMatchTheBalancesToTheLedgerToTheDong() throws Exception {
        UUID planId = approvedPlan(1_000_000, 300_000, 0, "053");
        String investment = allocation(planId, LINE, 800_000, "053");
        String recurrent = allocation(planId, "DA1.TDA1.RECURRENT.UNSPECIFIED", 300_000, "053");
        disburse(investment, 333_333, UUID.randomUUID().toString(), "053").then().statusCode(201);
        disburse(recurrent, 100_000, UUID.randomUUID().toString(), "053").then().statusCode(201);
        given().auth().oauth2(TestTokens.token("district-officer", "053")).queryParam("planId", planId)
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
    void shouldAddAPlansMoneyToItsAreasBalances() throws Exception {
        Response before = given().auth().oauth2(TestTokens.token("province-officer", "04")).queryParam("area", "053")
                .queryParam("year", 2024).when().get("/api/v1/balances");
        UUID planId = approvedPlan(1_000_000, 300_000, 0, "053");
        String investment = allocation(planId, LINE, 800_000, "053");
        disburse(investment, 333_333, UUID.randomUUID().toString(), "053").then().statusCode(201);
        Response after = given().auth().oauth2(TestTokens.token("province-officer", "04")).queryParam("area", "053")
                .queryParam("year", 2024).when().get("/api/v1/balances");
        after.then().statusCode(200);
        assertThat(after.<Integer>path("total.proposedVnd") - before.<Integer>path("total.proposedVnd")).isEqualTo(1_300_000);
        assertThat(after.<Integer>path("total.assignedVnd") - before.<Integer>path("total.assignedVnd")).isEqualTo(800_000);
        assertThat(after.<Integer>path("total.disbursedVnd") - before.<Integer>path("total.disbursedVnd")).isEqualTo(333_333);
    }

    @Test
    void shouldReportARevisionThatLowersALineBelowItsAllocations() throws Exception {
        UUID planId = approvedPlan(1_000_000, 0, 0);
        allocate(planId, 900_000).then().statusCode(201);
        ApprovedPlans.publish(bootstrap, ApprovedPlans.plan(planId, "047", 2023, 2, 700_000, 0, 0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer().queryParam("planId", planId)
                .when().get("/api/v1/budget-lines/conflicts").then().body("size()", equalTo(1)));
        officer().queryParam("planId", planId).when().get("/api/v1/budget-lines/conflicts").then()
                .body("[0].previousVnd", equalTo(1_000_000)).body("[0].revisedVnd", equalTo(700_000))
                .body("[0].allocatedVnd", equalTo(900_000));
        officer().queryParam("planId", planId).when().get("/api/v1/budget-lines").then()
                .body("find { it.lineKey == '" + LINE + "' }.overAllocatedVnd", equalTo(200_000));
        allocate(planId, 1).then().statusCode(422);
    }

    @Test
    void shouldPublishEachMovementThroughTheOutbox() throws Exception {
        String allocation = allocation(approvedPlan(1_000_000, 0, 0), 400_000);
        disburse(allocation, 150_000).then().statusCode(201);
        List<ConsumerRecord<String, String>> events = TopicReader.read(bootstrap, "test.funding-events",
                r -> allocation.equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(events).hasSize(2);
        JsonNode allocated = EventPublisher.MAPPER.readTree(events.get(0).value());
        JsonNode disbursed = EventPublisher.MAPPER.readTree(events.get(1).value());
        assertThat(allocated.get("type").asText()).isEqualTo(EventTypes.FUNDS_ALLOCATED);
        assertThat(disbursed.get("type").asText()).isEqualTo(EventTypes.FUNDS_DISBURSED);
        assertThat(disbursed.get("sequence").asLong()).isEqualTo(2);
        assertThat(disbursed.at("/data/amountVnd").asLong()).isEqualTo(150_000);
        assertThat(Schemas.payloadErrors(EventTypes.FUNDS_ALLOCATED, allocated.get("data"))).isEmpty();
        assertThat(Schemas.payloadErrors(EventTypes.FUNDS_DISBURSED, disbursed.get("data"))).isEmpty();
    }

    @Test
    void shouldRefuseBadMoneyAndChangeNothing() throws Exception {
        String allocation = allocation(approvedPlan(1_000_000, 0, 0), 100_000);
        for (String amount : List.of("0", "-5", "10.5", "\"100\"")) {
            officer().header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"amountVnd\":" + amount + ",\"valueDate\":\"2023-04-01\",\"payee\":\"UBND xã Ngọc Côn\","
                            + "\"paymentReference\":\"KB-1\"}")
                    .when().post("/api/v1/allocations/" + allocation + "/disbursements")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("amountVnd"));
        }
        officer().body(payment(10)).when().post("/api/v1/allocations/" + allocation + "/disbursements")
                .then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
        disburse(UUID.randomUUID().toString(), 10).then().statusCode(404);
        allocate(UUID.randomUUID(), 10).then().statusCode(422).body("type", equalTo("urn:giamngheo:problem:line-not-approved"));
        given().auth().oauth2(TestTokens.token("district-officer", "047")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(payment(10))
                .when().post("/api/v1/allocations/" + allocation + "/disbursements").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("finance-officer", "045")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(payment(10))
                .when().post("/api/v1/allocations/" + allocation + "/disbursements").then().statusCode(403);
        officer().when().get("/api/v1/allocations/" + allocation).then().body("ledger.size()", equalTo(0))
                .body("disbursedVnd", equalTo(0));
    }

    @Test
    void shouldKeepTheLedgerAppendOnlyInTheDatabase() throws Exception {
        String allocation = allocation(approvedPlan(1_000_000, 0, 0), 100_000);
        disburse(allocation, 10_000).then().statusCode(201);
        assertThatThrownBy(() -> sum("UPDATE ledger_entry SET amount_vnd = 1 WHERE allocation_id = '" + allocation
                + "' RETURNING 0")).hasMessageContaining("append-only");
    }

    // ---- helpers

    private UUID approvedPlan(long... amounts) throws Exception {
        return approvedPlan(amounts[0], amounts[1], amounts[2], "047");
    }

    private UUID approvedPlan(long a, long b, long c, String unit) throws Exception {
        UUID planId = UUID.randomUUID();
        int year = "047".equals(unit) ? 2023 : 2024;
        ApprovedPlans.publish(bootstrap, ApprovedPlans.plan(planId, unit, year, 1, a, b, c));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .auth().oauth2(TestTokens.token("finance-officer", unit)).queryParam("planId", planId)
                .when().get("/api/v1/budget-lines").then().body("size()", equalTo(3)));
        return planId;
    }

    private static RequestSpecification officer() {
        return given().auth().oauth2(TestTokens.token("finance-officer", "047")).contentType(ContentType.JSON);
    }

    private static Response allocate(UUID planId, long amount) {
        return officer().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(allocationBody(planId, LINE, amount, "01477", "2023-02-15"))
                .when().post("/api/v1/allocations");
    }

    private static String allocation(UUID planId, long amount) {
        return allocate(planId, amount).then().statusCode(201).extract().path("id");
    }

    private static String allocation(UUID planId, String line, long amount, String unit) {
        return given().auth().oauth2(TestTokens.token("finance-officer", unit)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(allocationBody(planId, line, amount, unit, "2024-02-15"))
                .when().post("/api/v1/allocations").then().statusCode(201).extract().path("id");
    }

    private static String allocationBody(UUID planId, String line, long amount, String area, String date) {
        return "{\"planId\":\"" + planId + "\",\"lineKey\":\"" + line + "\",\"implementingUnit\":\"UBND xã Đình Phong\","
                + "\"implementingAreaCode\":\"" + area + "\",\"amountVnd\":" + amount + ",\"decisionNumber\":\"125/QĐ-UBND\","
                + "\"decisionDate\":\"" + date + "\"}";
    }

    private static Response disburse(String allocation, long amount) {
        return disburse(allocation, amount, UUID.randomUUID().toString());
    }

    private static Response disburse(String allocation, long amount, String key) {
        return disburse(allocation, amount, key, "047");
    }

    private static Response disburse(String allocation, long amount, String key, String unit) {
        return given().auth().oauth2(TestTokens.token("finance-officer", unit)).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(payment(amount))
                .when().post("/api/v1/allocations/" + allocation + "/disbursements");
    }

    private static String payment(long amount) {
        return "{\"amountVnd\":" + amount + ",\"valueDate\":\"2024-04-01\",\"payee\":\"Hợp tác xã Nông nghiệp Đàm Thủy\","
                + "\"paymentReference\":\"KBNN-" + UUID.randomUUID() + "\"}";
    }

    private static Response reverse(String payment, long amount) {
        return officer().header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"amountVnd\":" + amount + ",\"valueDate\":\"2024-05-01\",\"reason\":\"Thu hồi do chi sai\"}")
                .when().post("/api/v1/disbursements/" + payment + "/reversals");
    }

    private long sum(String sql) throws Exception {
        try (var c = dataSource.getConnection(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

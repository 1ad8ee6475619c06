package vn.giamngheo.platform.web.probe;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.giamngheo.platform.web.testing.TestTokens;

/**
 * A write is whole or absent: with its audit entry and its outbox event, refused by area, replayed by
 * Idempotency-Key, and with Vietnamese text intact.
 */
@QuarkusTest
class WriteGuaranteesTests {

    private static final String PATH = "/api/v1/probe/payments";

    @Inject
    AgroalDataSource dataSource;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void shouldStoreThePaymentWithItsAuditEntryAndItsEvent() {
        String payee = "Ủy ban nhân dân xã Đoài Dương — Tổ thoát nghèo số " + UUID.randomUUID();
        Response r = post(UUID.randomUUID().toString(), request(payee, 2_500_000));
        r.then().statusCode(201).body("payee", equalTo(payee)).body("amountVnd", equalTo(2_500_000));
        String id = r.path("id");
        assertThat(count("SELECT count(*) FROM probe_payment WHERE id = '" + id + "' AND payee = '" + payee + "'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + id + "'")).isEqualTo(1);

        given().auth().oauth2(TestTokens.token("auditor", "047")).queryParam("area", "01525")
                .queryParam("at", "2023-03-01").queryParam("entityType", "probe-payment").queryParam("entityId", id)
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].actor", equalTo("finance-officer-04"))
                .body("items[0].lateEntry", equalTo(true))
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].areaPath", equalTo("/04/047/01525/"))
                .body("items[0].after.payee", equalTo(payee));
    }

    @Test
    void shouldReplayTheFirstAnswerForTheSameKey() {
        String key = UUID.randomUUID().toString();
        String payee = "Hợp tác xã " + key;
        Response first = post(key, request(payee, 700_000));
        Response second = post(key, request(payee, 700_000));
        first.then().statusCode(201).header("Idempotency-Replayed", "false");
        second.then().statusCode(201).header("Idempotency-Replayed", "true");
        assertThat(second.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(count("SELECT count(*) FROM probe_payment WHERE payee = '" + payee + "'")).isEqualTo(1);
    }

    @Test
    void shouldAnswer503WithRetryAfterWhileTheDatabaseIsClosedAndAcceptTheSameRequestOnceItIsBack() throws Exception {
        String key = UUID.randomUUID().toString();
        String payee = "Hợp tác xã " + key;
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        try (var admin = java.sql.DriverManager.getConnection(jdbcUrl.replace("/" + database, "/postgres"), user,
                password); var st = admin.createStatement()) {
            // Only this test application's database is closed, and its own sessions ended.
            st.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
            try {
                st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
                        + "' AND usename = current_user");
                post(key, request(payee, 900_000)).then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", "5")
                        .body("type", equalTo("urn:giamngheo:problem:unavailable"))
                        .body("detail", org.hamcrest.Matchers.containsString("changed nothing"));
            } finally {
                st.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
            }
        }
        // A client retries the same request with the same key until the database is back: one payment.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> post(key, request(payee, 900_000)).statusCode() == 201);
        assertThat(count("SELECT count(*) FROM probe_payment WHERE payee = '" + payee + "'")).isEqualTo(1);
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherBody() {
        String key = UUID.randomUUID().toString();
        String payee = "Hợp tác xã " + key;
        post(key, request(payee, 700_000)).then().statusCode(201);
        post(key, request(payee, 800_000)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:giamngheo:problem:idempotency-key-reused"));
        assertThat(count("SELECT count(*) FROM probe_payment WHERE payee = '" + payee + "'")).isEqualTo(1);
    }

    @Test
    void shouldRecordOnePaymentWhenTheSameKeyRacesItself() throws Exception {
        String key = UUID.randomUUID().toString();
        String payee = "Tổ hợp tác " + key;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit((Callable<Response>) () -> post(key, request(payee, 300_000))));
        }
        List<String> ids = new ArrayList<>();
        for (Future<Response> a : answers) {
            Response r = a.get();
            assertThat(r.statusCode()).isEqualTo(201);
            ids.add(r.path("id"));
        }
        pool.shutdown();
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(count("SELECT count(*) FROM probe_payment WHERE payee = '" + payee + "'")).isEqualTo(1);
    }

    @Test
    void shouldRefuseAnInvalidKey() {
        post("khóa có dấu", request("x", 1)).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void shouldRefuseACommuneOutsideTheOfficersCommuneAndWriteNothing() {
        String payee = "Xã Quốc Toản " + UUID.randomUUID();
        // Quốc Toản's land is Quang Trung's (01447) since 2025-07-01, not Đoài Dương's.
        given().auth().oauth2(TestTokens.token("finance-officer", "01525")).contentType(ContentType.JSON)
                .body(request(payee, 1_000).replace("01525", "01474"))
                .when().post(PATH)
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(count("SELECT count(*) FROM probe_payment WHERE payee = '" + payee + "'")).isZero();
    }

    @Test
    void shouldRefuseAnyWriteOfAnOfficerOfAnAbolishedUnitWhateverDateItClaims() {
        String payee = "Huyện Trùng Khánh " + UUID.randomUUID();
        // District 047 ended on 2025-06-30; the request claims a date when it still existed.
        given().auth().oauth2(TestTokens.token("finance-officer", "047")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(request(payee, 1_000))
                .when().post(PATH)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("has not existed since 2025-06-30"));
        assertThat(count("SELECT count(*) FROM probe_payment WHERE payee = '" + payee + "'")).isZero();
    }

    @Test
    void shouldLetTheCommuneThatHoldsAnEndedCommunesLandEnterItsFactsLateAndMarkThemSo() {
        // Đàm Thuỷ (01495) ended on 2025-06-30; its land is Đàm Thủy's (01501) since.
        String late = "{\"communeCode\":\"01495\",\"payee\":\"Đàm Thuỷ " + UUID.randomUUID()
                + "\",\"amountVnd\":1000,\"fundType\":\"RECURRENT\",\"valueDate\":\"2024-03-01\"}";
        String id = given().auth().oauth2(TestTokens.token("finance-officer", "01501")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(late)
                .when().post(PATH)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.token("auditor", "04")).queryParam("area", "047").queryParam("at", "2024-06-30")
                .queryParam("entityType", "probe-payment").queryParam("entityId", id)
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("items[0].lateEntry", equalTo(true))
                .body("items[0].actorArea", equalTo("01501"))
                .body("items[0].areaPath", equalTo("/04/047/01495/"));
        // Another commune of today holds none of Đàm Thuỷ's land.
        given().auth().oauth2(TestTokens.token("finance-officer", "01525")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(late.replace("Đàm Thuỷ ", "Khác "))
                .when().post(PATH)
                .then().statusCode(403);
        // A fact of today's hierarchy is no late entry.
        String current = given().auth().oauth2(TestTokens.token("finance-officer", "01501")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(late.replace("01495", "01501").replace("2024-03-01", "2025-09-01"))
                .when().post(PATH)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.token("auditor", "04")).queryParam("area", "01501")
                .queryParam("entityType", "probe-payment").queryParam("entityId", current)
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("items[0].lateEntry", equalTo(false));
    }

    @Test
    void shouldUndoEveryWriteWhenTheRequestIsRefusedHalfWay() {
        String payee = "Quá hạn mức " + UUID.randomUUID();
        post(UUID.randomUUID().toString(), request(payee, PaymentService.LIMIT_VND + 1))
                .then().statusCode(422).body("type", equalTo("urn:giamngheo:problem:over-limit"));
        assertThat(count("SELECT count(*) FROM probe_payment WHERE payee = '" + payee + "'")).isZero();
        assertThat(count("SELECT count(*) FROM audit_entry WHERE after_state->>'payee' = '" + payee + "'")).isZero();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE payload->>'payee' = '" + payee + "'")).isZero();
    }

    @Test
    void shouldShowAnAuditorOnlyWhatWasFiledUnderTheAreaAsItStoodOnTheDateAsked() {
        // Code 01477 named a commune of district 047 until 2025-06-30, and names a commune of the province since.
        String entity = "probe-payment";
        String before = recordIn01477("Trước cải cách " + UUID.randomUUID(), "2024-03-01");
        String after = recordIn01477("Sau cải cách " + UUID.randomUUID(), "2025-09-01");

        given().auth().oauth2(TestTokens.token("auditor", "047")).queryParam("area", "01477")
                .queryParam("at", "2024-06-30").queryParam("entityType", entity).queryParam("size", 500)
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("items.entityId", hasItem(before))
                .body("items.entityId", not(hasItem(after)))
                .body("items.areaPath", everyItem(equalTo("/04/047/01477/")));
        given().auth().oauth2(TestTokens.token("auditor", "04")).queryParam("area", "01477")
                .queryParam("entityType", entity).queryParam("size", 500)
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("items.entityId", hasItem(after))
                .body("items.entityId", not(hasItem(before)));
        given().auth().oauth2(TestTokens.token("auditor", "04")).queryParam("area", "01477")
                .queryParam("at", "+999999999-01-01")
                .when().get("/api/v1/audit")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("auditor", "04")).queryParam("area", "04")
                .queryParam("at", "1999-12-31")
                .when().get("/api/v1/audit")
                .then().statusCode(400).body("errors[0].field", equalTo("at"));
    }

    private static String recordIn01477(String payee, String valueDate) {
        return given().auth().oauth2(TestTokens.token("finance-officer", "04")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"communeCode\":\"01477\",\"payee\":\"" + payee + "\",\"amountVnd\":1000,"
                        + "\"fundType\":\"RECURRENT\",\"valueDate\":\"" + valueDate + "\"}")
                .when().post(PATH)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldRefuseTheWrongRole() {
        given().auth().oauth2(TestTokens.token("commune-officer", "01525")).contentType(ContentType.JSON)
                .body(request("x", 1)).when().post(PATH)
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static Response post(String key, String body) {
        return given().auth().oauth2(TestTokens.token("finance-officer", "04")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post(PATH);
    }

    private static String request(String payee, long amount) {
        return "{\"communeCode\":\"01525\",\"payee\":\"" + payee + "\",\"amountVnd\":" + amount
                + ",\"fundType\":\"RECURRENT\",\"valueDate\":\"2023-03-01\",\"notes\":[{\"text\":\"Dự án 2\"}]}";
    }

    private long count(String sql) {
        try (var c = dataSource.getConnection(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.giamngheo.household.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.giamngheo.household.api.Households.as;
import static vn.giamngheo.household.api.Households.entry;
import static vn.giamngheo.household.api.Households.household;
import static vn.giamngheo.household.api.Households.opening;
import static vn.giamngheo.household.api.Households.openRound;
import static vn.giamngheo.household.api.Households.personalId;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.events.testing.TestKeys;
import vn.giamngheo.platform.events.testing.TopicReader;
import vn.giamngheo.platform.web.testing.TestTokens;

/**
 * The commune app as an officer and a chair use it, in a real headless Chromium on a 360-px screen, through a link
 * the test cuts and restores: sign-in by the code flow with PKCE, the commune's download, three surveys offline kept
 * through a reload, a sign-in that expired meanwhile, a lost acknowledgement, the sync, and the chair's decision;
 * then the registry, the events and the registry's counts for the reports.
 */
@QuarkusTest
@QuarkusTestResource(StubAuthorizationServer.class)
class CommuneAppTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration PUBLISHED_WITHIN = Duration.ofMinutes(2);

    @TestHTTPResource("/")
    URL service;

    @ConfigProperty(name = "giamngheo.app.oidc.issuer")
    String issuer;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private void signInNext(String role, String area) {
        given().queryParam("role", role).queryParam("area", area).queryParam("user", role + "-" + area)
                .when().get(URI.create(issuer + "/test/sign-in-as")).then().statusCode(200);
    }

    private int codesTraded() {
        return Integer.parseInt(given().when().get(URI.create(issuer + "/test/exchanges")).asString().trim());
    }

    @Test
    void shouldServeTheAppAsAnInstallableAppTalkingOnlyToItsServiceAndItsSignIn() {
        given().when().get("/app/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("connect-src 'self' " + issuer + ";"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .body(containsString("manifest.json"));
        String manifest = given().when().get("/app/manifest.json").then().statusCode(200)
                .contentType(containsString("json")).extract().asString();
        io.restassured.path.json.JsonPath m = io.restassured.path.json.JsonPath.from(manifest);
        assertThat(List.of(m.getString("start_url"), m.getString("display"), m.getString("lang")))
                .containsExactly("/app/", "standalone", "vi");
        given().when().get("/api/v1/app/config").then().statusCode(200)
                .body("issuer", equalTo(issuer)).body("clientId", equalTo(StubAuthorizationServer.CLIENT));
    }

    @Test
    void shouldClassifyOnTheDeviceAsTheRegistryDoesOnTheWholeTableOfCasesForBothStandards() throws Exception {
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/standards/classifier-cases.json")) {
            cases = MAPPER.readTree(in);
        }
        String results;
        try (NetworkGate gate = new NetworkGate(service.getPort()); AppBrowser b = new AppBrowser()) {
        b.open(gate.origin() + "/app/");
        // The app's own module, on the questionnaires the registry serves, on every case of the shared table.
        results = (String) b.asyncScript("""
                const done = arguments[arguments.length - 1];
                const cases = JSON.parse(arguments[0]);
                (async () => {
                  const { classify } = await import('/app/classifier.js');
                  const standards = await (await fetch('/api/v1/standards')).json();
                  const questionnaires = {};
                  const of = async (year) => {
                    const s = standards.find((x) => x.firstListYear <= year && year <= x.lastListYear);
                    questionnaires[s.code] = questionnaires[s.code]
                      || await (await fetch('/api/v1/standards/' + s.code + '/questionnaire')).json();
                    return questionnaires[s.code];
                  };
                  const out = [];
                  for (const c of cases.byIncome) {
                    out.push(classify(await of(c.listYear), c.area, { incomePerPersonMonthlyVnd: c.incomePerPersonMonthlyVnd,
                      deprivedIndicators: c.deprived }).status);
                  }
                  for (const c of cases.byScores) {
                    out.push(classify(await of(c.listYear), c.area, { scoreA: c.scoreA, scoreB: c.scoreB }).status);
                  }
                  return JSON.stringify({ out, standards: Object.keys(questionnaires) });
                })().then(done, (e) => done('error: ' + e));
                """, cases.toString());
        }
        JsonNode answer = MAPPER.readTree(results);
        List<String> expected = new ArrayList<>();
        cases.path("byIncome").forEach(c -> expected.add(c.path("expected").asText()));
        cases.path("byScores").forEach(c -> expected.add(c.path("expected").asText()));
        List<String> onDevice = new ArrayList<>();
        answer.path("out").forEach(s -> onDevice.add(s.asText()));
        assertThat(onDevice).hasSize(27).isEqualTo(expected);
        assertThat(answer.path("standards")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("ND-07-2021", "ND-351-2025");
    }

    @Test
    void shouldSurveyThreeHouseholdsOfflineKeepThemThroughAReloadAndAnExpiredSignInAndSyncEachOnce() throws Exception {
        String commune = TestKeys.commune();
        List<String> codes = opening(commune, 2026, "2026-01-15", List.of(
                entry(household("Nà Rầy", "Nông Văn Páo", "Tày"), "NEAR_POOR"),
                entry(household("Nà Rầy", "Lương Văn Tư", "Nùng"), "POOR")));
        String round = openRound(commune, "PERIODIC", 2026, null);
        String newcomer = personalId();
        signInNext("commune-officer", commune);
        String created;
        try (NetworkGate gate = new NetworkGate(service.getPort()); AppBrowser b = new AppBrowser()) {
            // A phone that never opened the app: the whole shell comes down once and is kept for offline use.
            gate.takeDeliveredBytes();
            b.open(gate.origin() + "/app/");
            b.awaitScreen("sign-in");
            b.awaitOfflineShell();
            long firstLoad = gate.takeDeliveredBytes();
            b.screenshot("1-sign-in");
            int traded = codesTraded();
            b.click("#sign-in-provider");
            b.awaitScreen("home");
            assertThat(codesTraded()).as("one code traded for a token, its PKCE verifier checked").isEqualTo(traded + 1);
            assertThat(b.url()).doesNotContain("code=");
            assertThat(b.installabilityErrors()).as("Chromium would offer to install the app").isEmpty();
            gate.takeDeliveredBytes();
            b.reload();
            b.awaitScreen("home");
            long laterLoad = gate.takeDeliveredBytes();
            System.out.printf("commune app: first load %,d bytes over the link, a later load %,d bytes%n", firstLoad,
                    laterLoad);

            b.click("#download");
            b.awaitText("#download-state", "2 hộ");
            assertThat(b.text("#round")).contains("2027").contains("ND-351-2025");
            b.screenshot("2-home");

            // In the village: no signal. The app still opens, from the device.
            gate.goOffline();
            b.reload();
            b.awaitScreen("home");
            survey(b, codes.get(0), "nong van pao", "1.800.000", List.of("HOUSING_QUALITY", "SANITATION", "DRINKING_WATER"), 31, "POOR");
            survey(b, codes.get(1), "luong van tu", "2000000", List.of("TELECOM"), 30, "NEAR_POOR");
            b.click("#go-new");
            b.awaitScreen("survey");
            b.type("[name=village]", "Nà Rầy");
            b.type("#members .member [name=fullName]", "Nông Thị Mẫu");
            b.type("#members .member [name=birthYear]", "1990");
            b.type("#members .member [name=ethnicity]", "Nùng");
            b.type("#members .member [name=personalId]", newcomer);
            answer(b, "1100000", List.of("HEALTH_INSURANCE", "SANITATION", "TELECOM", "WASTE"), 36);
            assertThat(b.find("#class").getAttribute("data-status")).isEqualTo("POOR");
            b.screenshot("4-new-household");
            b.click("#save");
            b.awaitScreen("home");

            // A birth in the second household, recorded the same way, against the version downloaded.
            b.click("#go-changes");
            b.awaitScreen("households");
            b.click("#households li[data-code='" + codes.get(1) + "'] .pick");
            b.awaitScreen("change");
            b.setDate("[name=effectiveDate]", "2026-11-05");
            b.type("#change-detail [name=fullName]", "Lương Thị Na");
            b.type("#change-detail [name=birthYear]", "2026");
            b.type("#change-detail [name=ethnicity]", "Nùng");
            b.screenshot("4b-birth");
            b.click("#save");
            b.awaitScreen("home");

            // A reload (or a crash, a flat battery) keeps the queue.
            b.reload();
            b.awaitScreen("home");
            b.click("#go-queue");
            b.awaitScreen("queue");
            assertThat(b.all("#queue li[data-state=PENDING]")).hasSize(4);
            b.screenshot("5-queue-offline");

            // Back in signal, with a sign-in that expired meanwhile: the app asks to sign in again and keeps the queue.
            expireSignIn(b, commune);
            b.reload();
            b.awaitScreen("home");
            gate.goOnline();
            b.click("#go-queue");
            b.awaitScreen("queue");
            b.click("#sync");
            b.awaitScreen("sign-in");
            assertThat(b.text("#view")).contains("4 bản ghi đang chờ gửi");
            b.screenshot("6-sign-in-again");
            // The batch of reviews reaches the registry, but its answer is lost on the way back.
            gate.loseNextAnswerTo("/reviews");
            b.click("#sign-in-provider");
            b.awaitScreen("queue");
            await().atMost(Duration.ofSeconds(30)).until(() -> gate.lostAnswers() == 1);
            b.awaitText("#view", "Không có mạng");
            assertThat(b.all("#queue li[data-kind=REVIEW]")).hasSize(3)
                    .allSatisfy(li -> assertThat(li.getAttribute("data-state")).isEqualTo("SENDING"));
            as("commune-officer", commune).when().get("/api/v1/rounds/" + round).then()
                    .body("reviewsByStatus.SUBMITTED", equalTo(3));
            // Sent again, with the same key: answered from the first answer, nothing made twice.
            b.click("#sync");
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> b.all("#queue li[data-state=ACCEPTED]").size() == 3);
            b.awaitText("#view", "Đã gửi");
            assertThat(b.all("#queue li[data-kind=CHANGE][data-state=PROPOSED]")).hasSize(1);
            assertThat(b.all("#queue .computed").stream().map(e -> e.getAttribute("data-status")).toList())
                    .containsExactlyInAnyOrder("POOR", "NEAR_POOR", "POOR");
            assertThat(b.all("#queue .explanation")).hasSize(3);
            b.screenshot("7-synced");
            as("commune-officer", commune).when().get("/api/v1/rounds/" + round).then()
                    .body("reviewsByStatus.SUBMITTED", equalTo(3));
            as("commune-officer", commune).queryParam("commune", commune).when().get("/api/v1/households").then()
                    .body("size()", equalTo(3));
            as("commune-officer", commune).queryParam("commune", commune).when().get("/api/v1/change-requests").then()
                    .body("collect { it.householdCode + ' ' + it.kind + ' ' + it.reason + ' ' + it.status }",
                            equalTo(List.of(codes.get(1) + " MEMBER_ADDED BIRTH PROPOSED")));
            created = as("commune-officer", commune).queryParam("personalId", newcomer).queryParam("area", commune)
                    .when().get("/api/v1/households/search").then().body("size()", equalTo(1)).extract().path("[0].code");

            // The chair reads the list the round will produce and records the decision, in the same app.
            signInNext("commune-chair", commune);
            b.open(gate.origin() + "/app/");
            b.click("#sign-out");
            b.awaitScreen("sign-in");
            b.click("#sign-in-provider");
            b.awaitScreen("home");
            b.click("#go-chair");
            b.awaitScreen("chair");
            // A household that moves between the lists is in two sections (hộ nghèo, and thoát cận nghèo).
            assertThat(b.all(".round-list tr[data-code]").stream().map(e -> e.getAttribute("data-code")).distinct().toList())
                    .containsExactlyInAnyOrder(codes.get(0), codes.get(1), created);
            b.screenshot("8-chair");
            b.type("[name=decisionNumber]", "45/QĐ-UBND");
            b.setDate("[name=decisionDate]", "2026-11-27");
            b.click("#decide");
            b.awaitText("#chair-round", "45/QĐ-UBND");
            b.screenshot("9-decided");
        }
        // The registry, the events and the counts the reports read.
        as("commune-officer", commune).when().get("/api/v1/households/" + codes.get(0)).then()
                .body("status", equalTo("POOR")).body("listYear", equalTo(2027));
        as("commune-officer", commune).when().get("/api/v1/households/" + codes.get(1)).then()
                .body("status", equalTo("NEAR_POOR")).body("listYear", equalTo(2027));
        List<ConsumerRecord<String, String>> events = TopicReader.read(bootstrap, "test.household-events",
                r -> r.key() != null && r.key().startsWith(commune + "-") && round.equals(data(r).path("causeId").asText())
                        && data(r).has("statusAfter"), 3, PUBLISHED_WITHIN);
        Map<String, String> after = events.stream().collect(Collectors.toMap(ConsumerRecord::key,
                r -> data(r).path("statusAfter").asText() + " " + data(r).path("listYear").asInt() + " "
                        + data(r).path("standardCode").asText()));
        assertThat(after).hasSize(3).containsEntry(codes.get(0), "POOR 2027 ND-351-2025")
                .containsEntry(codes.get(1), "NEAR_POOR 2027 ND-351-2025");
        assertThat(after).containsEntry(created, "POOR 2027 ND-351-2025");
        given().queryParam("listYear", 2027).when().get("/api/v1/registry/movement-counts").then().statusCode(200)
                .body("findAll { it.communeCode == '" + commune + "' && it.direction == 'IN' }.collect { it.status + ' '"
                        + " + it.kind + ' ' + it.households }", org.hamcrest.Matchers.hasItem("POOR NEW 1"));
    }

    @Test
    void shouldSignInWithALocalTokenAndRefuseATokenForNoCommune() throws Exception {
        String commune = TestKeys.commune();
        try (NetworkGate gate = new NetworkGate(service.getPort()); AppBrowser b = new AppBrowser()) {
            b.open(gate.origin() + "/app/");
            b.awaitScreen("sign-in");
            b.click("#other-sign-in summary");
            b.type("#token", TestTokens.token("system", commune));
            b.click("#use-token");
            b.awaitText("#token-error", "cán bộ xã hoặc chủ tịch xã");
            b.type("#token", TestTokens.expired("commune-officer", commune));
            b.click("#use-token");
            b.awaitText("#token-error", "cán bộ xã hoặc chủ tịch xã");
            b.type("#token", TestTokens.token("commune-officer", commune));
            b.click("#use-token");
            b.awaitScreen("home");
            assertThat(b.text("#who")).contains(commune);
            // The language switch, for an officer who reads English better.
            b.click("#lang");
            b.awaitText("#view", "Download the commune's data");
            b.click("#lang");
            b.awaitText("#view", "Tải dữ liệu của xã");
        }
    }

    @Test
    void shouldShowAConflictWithAChangeMadeOnTheServerAndSendTheSurveyOnlyOnceTheOfficerHasCheckedIt() throws Exception {
        String commune = TestKeys.commune();
        List<String> codes = opening(commune, 2026, "2026-01-15", List.of(
                entry(household("Bản Giới", "Hoàng Văn Khao", "Tày"), "NEAR_POOR")));
        String round = openRound(commune, "PERIODIC", 2026, null);
        signInNext("commune-officer", commune);
        try (NetworkGate gate = new NetworkGate(service.getPort()); AppBrowser b = new AppBrowser()) {
            b.open(gate.origin() + "/app/");
            b.click("#sign-in-provider");
            b.awaitScreen("home");
            b.click("#download");
            b.awaitText("#download-state", "1 hộ");
            // Meanwhile, at the commune's office, a birth in the household is approved: the household changes.
            int downloaded = as("commune-officer", commune).when().get("/api/v1/households/" + codes.get(0)).then()
                    .extract().path("version");
            Map<String, Object> birth = new java.util.LinkedHashMap<>(Map.of("householdCode", codes.get(0),
                    "householdVersion", downloaded, "kind", "MEMBER_ADDED", "reason", "BIRTH",
                    "effectiveDate", "2026-11-02"));
            birth.put("member", vn.giamngheo.household.api.Households.member("Hoàng Thị Ngọc", 2026, "FEMALE", "Tày", "CHILD"));
            String request = as("commune-officer", commune).body(Map.of("changes", List.of(birth)))
                    .when().post("/api/v1/change-requests").then().statusCode(200).extract().path("results[0].changeRequestId");
            as("commune-chair", commune).body(Map.of("approve", true, "decisionNumber", "12/QĐ-UBND",
                    "decisionDate", "2026-11-03")).when().post("/api/v1/change-requests/" + request + "/decision")
                    .then().statusCode(200);
            int now = as("commune-officer", commune).when().get("/api/v1/households/" + codes.get(0)).then()
                    .extract().path("version");
            assertThat(now).isNotEqualTo(downloaded);

            survey(b, codes.get(0), "hoang van khao", "1500000", List.of("HOUSING_AREA", "SANITATION", "WASTE"), 30, "POOR");
            b.click("#go-queue");
            b.awaitScreen("queue");
            b.click("#sync");
            b.awaitText("#view", "Đã gửi");
            assertThat(b.find("#queue li[data-kind=REVIEW]").getAttribute("data-state")).isEqualTo("CONFLICT");
            assertThat(b.text("#queue li[data-kind=REVIEW] .errors")).contains("changed on the server");
            b.screenshot("10-conflict");
            as("commune-officer", commune).when().get("/api/v1/rounds/" + round).then()
                    .body("reviewsByStatus", equalTo(Map.of()));

            // The officer reloads the household as it is now, checks the survey (kept as typed), and sends it.
            b.click("#queue li[data-kind=REVIEW] .reload");
            b.awaitScreen("survey");
            assertThat(b.find("[name=incomePerPersonMonthlyVnd]").getAttribute("value")).isEqualTo("1500000");
            assertThat(b.find("#class").getAttribute("data-status")).isEqualTo("POOR");
            b.click("#save");
            b.awaitScreen("home");
            b.click("#go-queue");
            b.awaitScreen("queue");
            b.click("#sync");
            b.awaitText("#view", "Đã gửi");
            assertThat(b.find("#queue li[data-kind=REVIEW]").getAttribute("data-state")).isEqualTo("ACCEPTED");
        }
        as("commune-officer", commune).when().get("/api/v1/rounds/" + round).then()
                .body("reviewsByStatus", equalTo(Map.of("SUBMITTED", 1)));
    }

    private static void survey(AppBrowser b, String code, String search, String income, List<String> deprived,
            int agreed, String expected) throws Exception {
        b.click("#go-survey");
        b.awaitScreen("households");
        b.type("#search", search);
        b.click("#households li[data-code='" + code + "'] .pick");
        b.awaitScreen("survey");
        answer(b, income, deprived, agreed);
        assertThat(b.find("#class").getAttribute("data-status")).as("the class shown on the device").isEqualTo(expected);
        if ("POOR".equals(expected)) {
            b.screenshot("3-survey");
        }
        b.click("#save");
        b.awaitScreen("home");
    }

    private static void answer(AppBrowser b, String income, List<String> deprived, int agreed) {
        b.setDate("[name=surveyDate]", "2026-11-10");
        b.type("[name=incomePerPersonMonthlyVnd]", income);
        deprived.forEach(code -> b.click("input[name=indicator][value=" + code + "]"));
        b.type("[name=present]", "40");
        b.type("[name=agreed]", String.valueOf(agreed));
    }

    /** What a day's wait does to a sign-in: the token kept on the device is one the registry no longer accepts. */
    private static void expireSignIn(AppBrowser b, String commune) {
        assertThat(b.asyncScript("""
                const done = arguments[arguments.length - 1];
                const r = indexedDB.open('giamngheo-xa');
                r.onsuccess = () => {
                  const tx = r.result.transaction('kv', 'readwrite');
                  const kv = tx.objectStore('kv');
                  const get = kv.get('session');
                  get.onsuccess = () => { const s = get.result; s.accessToken = arguments[0]; kv.put(s, 'session'); };
                  tx.oncomplete = () => { r.result.close(); done(true); };
                  tx.onerror = () => done(false);
                };""", TestTokens.expired("commune-officer", commune))).isEqualTo(true);
    }

    private static JsonNode data(ConsumerRecord<String, String> r) {
        try {
            return MAPPER.readTree(r.value()).path("data");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

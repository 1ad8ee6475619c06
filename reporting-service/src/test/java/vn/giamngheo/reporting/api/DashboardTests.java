package vn.giamngheo.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.events.testing.EventPublisher;
import vn.giamngheo.platform.events.testing.TestKeys;
import io.restassured.response.Response;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;
import vn.giamngheo.platform.events.payload.FundsMovement;
import vn.giamngheo.platform.events.payload.ChangeCause;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised;
import vn.giamngheo.platform.events.payload.HouseholdStatusChanged;
import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.PlanApproved;
import vn.giamngheo.platform.events.payload.PopulationGroup;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.events.payload.ReviewRoundKind;
import vn.giamngheo.platform.events.payload.TargetKind;
import vn.giamngheo.platform.events.payload.TotalHouseholdsReported;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.AreaType;

/**
 * The dashboard in a real headless Chromium: it loads, drills down to a district, and shows the numbers of the JSON
 * report; a screenshot is kept in target/ for a person to look at.
 */
@QuarkusTest
class DashboardTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "giamngheo.test.topic-prefix")
    String topics;

    @TestHTTPResource("/dashboard/index.html")
    String dashboard;

    @Test
    void shouldServeTheDashboardUnderAContentPolicyThatLetsItTalkOnlyToItsServiceAndItsSignIn() {
        given().when().get(dashboard).then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("script-src 'self';"),
                        org.hamcrest.Matchers.containsString("connect-src 'self';"),
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
        assertThat(new DashboardContentPolicy(java.util.Optional.of("https://id.caobang.gov.vn/realms/giamngheo"))
                .policy()).contains("connect-src 'self' https://id.caobang.gov.vn;");
        assertThat(new DashboardContentPolicy(java.util.Optional.of("http://localhost:8180/realms/giamngheo"))
                .policy()).contains("connect-src 'self' http://localhost:8180;");
    }

    @Test
    void shouldShowTheReportsNumbersInAHeadlessBrowser() throws Exception {
        // A district of the test province and a year of this test's alone, so that the page shows this test's numbers.
        TestKeys.DistrictYear keys = TestKeys.districtYearWithoutPast();
        String district = keys.district();
        int year = keys.year();
        String first = keys.commune(1);
        String second = keys.commune(2);
        try (EventPublisher pub = new EventPublisher(bootstrap, topics)) {
            for (String commune : List.of(first, second)) {
                TotalHouseholdsReported t = new TotalHouseholdsReported(commune, district, TestKeys.PROVINCE, year + 1,
                        812, null, LocalDate.of(2026, 1, 5));
                pub.send("test.household-events", commune + ":" + (year + 1), EventPublisher.envelope(UUID.randomUUID(),
                        "/giamngheo/household-service", EventTypes.TOTAL_HOUSEHOLDS_REPORTED, commune + ":" + (year + 1),
                        1, t));
                for (int i = 0; i < (commune.equals(first) ? 37 : 23); i++) {
                    String id = "hh-" + UUID.randomUUID();
                    pub.send("test.household-events", id, EventPublisher.envelope(UUID.randomUUID(),
                            "/giamngheo/household-service", EventTypes.HOUSEHOLD_STATUS_CHANGED, id, 1,
                            new HouseholdStatusChanged(id, commune, district, TestKeys.PROVINCE, AreaType.RURAL, year + 1,
                                    "r", ReviewRoundKind.PERIODIC, "9/QĐ", LocalDate.of(2025, 1, 1), "ND-07-2021", null,
                                    PovertyStatus.POOR, MovementKind.NEW, true, 4)));
                    if (commune.equals(first) && i < 5) {
                        // Five of them described by their review: lacking health insurance and waste collection.
                        pub.send("test.household-events", id, EventPublisher.envelope(UUID.randomUUID(),
                                "/giamngheo/household-service", EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED, id, 2,
                                new HouseholdDeprivationsRecognised(id, commune, district, TestKeys.PROVINCE, year + 1,
                                        ChangeCause.PERIODIC_REVIEW, "r", LocalDate.of(2025, 1, 1), "ND-07-2021", null,
                                        null, new HouseholdDeprivationsRecognised.Standing(PovertyStatus.POOR, i < 2,
                                                List.of(new HouseholdDeprivationsRecognised.Deprivation(
                                                        "HEALTH_INSURANCE", "y tế", "Bảo hiểm y tế"),
                                                        new HouseholdDeprivationsRecognised.Deprivation("WASTE",
                                                                "nước sinh hoạt, vệ sinh và môi trường",
                                                                "Thu gom, xử lý rác thải"))))));
                    }
                }
            }
            UUID allocation = UUID.randomUUID();
            pub.send("test.funding-events", allocation.toString(), EventPublisher.envelope(UUID.randomUUID(),
                    "/giamngheo/funding-service", EventTypes.FUNDS_ALLOCATED, allocation.toString(), 1,
                    new FundsMovement(allocation, allocation, null, UUID.randomUUID(), 1, district,
                            "DA1.TDA1.INVESTMENT.UNSPECIFIED", "DA1", "TDA1", FundType.INVESTMENT, FundSource.UNSPECIFIED,
                            "UBND xã", first, year, 2_500_000_000L, LocalDate.of(year, 2, 15), "125/QĐ-UBND")));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("unit", district)
                .queryParam("year", year).when().get("/api/v1/reports/district").then()
                .body("spending.byImplementingArea.find { it.code == '" + first + "' }.assignedVnd",
                        equalTo(2_500_000_000L))
                .body("poverty.communes.find { it.code == '" + first + "' }.poor.end", equalTo(37))
                .body("poverty.communes.find { it.code == '" + second + "' }.poor.end", equalTo(23))
                .body("poverty.total.poor.end", equalTo(60))
                .body("poverty.total.deprivation.poorSurveyed", equalTo(5)));
        Response json = given().queryParam("unit", district).queryParam("year", year).when()
                .get("/api/v1/reports/district");
        long poorEnd = json.<Integer>path("poverty.total.poor.end");
        BigDecimal rate = new BigDecimal(json.<Object>path("poverty.total.poor.ratePercent").toString());

        String page = dashboard + "?province=" + TestKeys.PROVINCE + "&year=" + year + "&district=" + district;
        String dom = chromium("--dump-dom", page);
        assertThat(dom).contains("data-loaded=\"district\"");
        assertThat(cell(dom, district, "poorEnd")).isEqualTo(vietnamese(poorEnd));
        assertThat(cell(dom, district, "poorRatePercent")).isEqualTo(vietnamese(rate));
        assertThat(cell(dom, first, "poorEnd")).isEqualTo("37");
        assertThat(cell(dom, first, "assignedVnd")).isEqualTo("2.500");
        assertThat(cell(dom, first, "disbursementRatePercent")).isEqualTo("0,00");
        assertThat(dom).contains(AdministrativeUnits.get().find(district, LocalDate.of(year, 1, 1)).orElseThrow().name());
        // What the district's poor lack, for its sub-projects: five surveyed, all lacking both; two of them DTTS.
        assertThat(dom).contains("data-deprivation=\"" + district + "\"").contains("Bảo hiểm y tế")
                .contains("Tính trên 5 hộ nghèo và 0 hộ cận nghèo có thông tin thiếu hụt")
                .contains("55 hộ của danh sách chưa có thông tin này");
        assertThat(cell(dom, "HEALTH_INSURANCE", "poor")).isEqualTo("5");
        assertThat(cell(dom, "HEALTH_INSURANCE", "poorPercent")).isEqualTo("100,00");
        assertThat(cell(dom, "WASTE", "poorEthnicMinority")).isEqualTo("2");
        assertThat(cell(dom, "dimension-0", "poor")).isEqualTo("5");
        // And the Ministry's forms of the same district and list, to download.
        assertThat(dom).contains("href=\"/api/v1/reports/forms?unit=" + district + "&amp;listYear=" + (year + 1) + "\"");

        Path shot = Path.of("target", "dashboard.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        chromium("--screenshot=" + shot, page);
        assertThat(shot).exists();
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    @Test
    void shouldOpenOnTheProvincesCommunesAndWardsAfterTheReformWithChartsSearchAndTheFormerDistricts() throws Exception {
        // A plan year after the reform of this test's alone, in the real province: its list is the 56 communes'.
        int list = TestKeys.year();
        int plan = list - 1;
        try (EventPublisher pub = new EventPublisher(bootstrap, topics)) {
            for (String commune : List.of("01465", "01273")) {
                for (int y : List.of(plan, list)) {
                    TotalHouseholdsReported t = new TotalHouseholdsReported(commune, null, "04", y,
                            commune.equals("01465") ? 100 : 400, null, LocalDate.of(2026, 1, 5));
                    pub.send("test.household-events", commune + ":" + y, EventPublisher.envelope(UUID.randomUUID(),
                            "/giamngheo/household-service", EventTypes.TOTAL_HOUSEHOLDS_REPORTED, commune + ":" + y, 1, t));
                }
                // On the list of the plan year, kept on the list that measures it.
                for (int i = 0; i < (commune.equals("01465") ? 12 : 4); i++) {
                    String id = "hh-" + UUID.randomUUID();
                    pub.send("test.household-events", id, EventPublisher.envelope(UUID.randomUUID(),
                            "/giamngheo/household-service", EventTypes.HOUSEHOLD_STATUS_CHANGED, id, 1,
                            new HouseholdStatusChanged(id, commune, null, "04", AreaType.RURAL, plan, "r",
                                    ReviewRoundKind.OPENING_BALANCE, "9/QĐ", LocalDate.of(2026, 1, 1), "ND-351-2025",
                                    null, PovertyStatus.POOR, MovementKind.OPENING_BALANCE, true, 4)));
                }
            }
            // The province's plan of the year: its poor rate down half a point, to 2.70 % from 3.20 %.
            PlanApproved p = new PlanApproved(UUID.randomUUID(), PlanApproved.planKey("04", plan), 1, null, null, "04",
                    plan, null, null, LocalDate.of(plan - 1, 12, 20), "chair", List.of(new PlanApproved.Target(
                            TargetKind.POOR_RATE, PopulationGroup.ALL, new BigDecimal("0.5"), null, null, null)),
                    List.of(), List.of());
            pub.send("test.plan-events", p.planKey(), EventPublisher.envelope(UUID.randomUUID(),
                    "/giamngheo/plan-service", EventTypes.PLAN_APPROVED, p.planKey(), 1, p));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("unit", "04")
                .queryParam("year", plan).when().get("/api/v1/reports/province").then()
                .body("communes.find { it.code == '01465' }.poorHouseholds", equalTo(12))
                .body("communes.find { it.code == '01273' }.poorHouseholds", equalTo(4))
                .body("total.targets", equalTo(1))
                // The totals of both years of both communes, each on a partition of its own, are in.
                .body("total.residentHouseholds", equalTo(500))
                .body("trend.find { it.listYear == " + plan + " }.residentHouseholds", equalTo(500)));

        String dom = chromium("--dump-dom", dashboard + "?year=" + plan);
        assertThat(dom).contains("data-loaded=\"communes\"").contains("Các xã, phường");
        assertThat(Pattern.compile("<tr data-code=\"\\d{5}\"").matcher(dom).results().count()).isEqualTo(56);
        assertThat(cell(dom, "01465", "poorHouseholds")).isEqualTo("12");
        assertThat(cell(dom, "01465", "poorRatePercent")).isEqualTo("12,00");
        assertThat(cell(dom, "01273", "poorRatePercent")).isEqualTo("1,00");
        assertThat(cell(dom, "04", "poorHouseholds")).isEqualTo("16");
        assertThat(cell(dom, "04", "poorRatePercent")).isEqualTo("3,20");
        // The charts are drawn (SVG) and say what they show: the province's rate of the list, the communes' spread.
        assertThat(dom).containsPattern("(?s)id=\"trend-chart\"[^>]*>.*?<svg").containsPattern("(?s)id=\"distribution-chart\"[^>]*>.*?<svg");
        assertThat(dom).contains("Hộ nghèo: ").contains(plan + " 3,20 %, " + list + " 3,20 %")
                .contains("mục tiêu hộ nghèo: " + list + " 2,70 %");
        assertThat(dom).contains("2 xã, phường theo tỷ lệ hộ nghèo — 0–5 %: 1; 10–15 %: 1; chưa báo cáo tổng số hộ: 54.");

        String found = chromium("--dump-dom", dashboard + "?year=" + plan + "&q=quang%20trung");
        assertThat(Pattern.compile("<tr data-code=\"(\\d{5})\"").matcher(found).results().map(m -> m.group(1)))
                .contains("01465").allMatch(code -> AdministrativeUnits.get().find(code, LocalDate.of(plan, 12, 31))
                        .orElseThrow().name().contains("Quang Trung"));

        String grouped = chromium("--dump-dom", dashboard + "?year=" + plan + "&group=districts");
        assertThat(Pattern.compile("<tr data-code=\"\\d{3}-group\"").matcher(grouped).results().count()).isEqualTo(10);
        assertThat(cell(grouped, "047-group", "poorHouseholds")).isEqualTo("12");
        assertThat(cell(grouped, "040-group", "poorHouseholds")).isEqualTo("4");

        Path shot = Path.of("target", "dashboard-communes.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        chromium("--screenshot=" + shot, dashboard + "?year=" + plan);
        assertThat(shot).exists();
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    /** The text of a cell of the row with this code, without the bar drawn beside it. */
    private static String cell(String dom, String code, String field) {
        Matcher row = Pattern.compile("<tr data-code=\"" + code + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(dom);
        String last = null;
        while (row.find()) {
            Matcher cell = Pattern.compile("<td data-field=\"" + field + "\">([^<]*)").matcher(row.group(1));
            if (cell.find()) {
                last = cell.group(1);
            }
        }
        return last;
    }

    private static String vietnamese(long n) {
        return String.format("%,d", n).replace(',', '.');
    }

    private static String vietnamese(BigDecimal percent) {
        return String.format("%,.2f", percent).replace(',', ' ').replace('.', ',').replace(' ', '.');
    }

    private static String chromium(String action, String url) throws IOException, InterruptedException {
        return Chromium.run(action, url);
    }
}

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
import io.restassured.response.Response;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;
import vn.giamngheo.platform.events.payload.FundsMovement;
import vn.giamngheo.platform.events.payload.HouseholdStatusChanged;
import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.events.payload.ReviewRoundKind;
import vn.giamngheo.platform.events.payload.TotalHouseholdsReported;
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
    void shouldShowTheReportsNumbersInAHeadlessBrowser() throws Exception {
        // A year when district 047 existed, so that its communes' money rolls up to it; ReportTests take 2021-2022,
        // the reform's lists 2025-2026 and 2031 on. Đức Hồng and Lăng Hiếu became part of Trùng Khánh commune (01477),
        // whose lists after the reform no other test reads (a successor's list starts from its predecessors').
        int year = 2023;
        try (EventPublisher pub = new EventPublisher(bootstrap, topics)) {
            for (String commune : List.of("01522", "01504")) {
                TotalHouseholdsReported t = new TotalHouseholdsReported(commune, "047", "04", year + 1, 812, null,
                        LocalDate.of(2026, 1, 5));
                pub.send("test.household-events", commune + ":" + (year + 1), EventPublisher.envelope(UUID.randomUUID(),
                        "/giamngheo/household-service", EventTypes.TOTAL_HOUSEHOLDS_REPORTED, commune + ":" + (year + 1),
                        1, t));
                for (int i = 0; i < (commune.equals("01522") ? 37 : 23); i++) {
                    String id = "hh-" + UUID.randomUUID();
                    pub.send("test.household-events", id, EventPublisher.envelope(UUID.randomUUID(),
                            "/giamngheo/household-service", EventTypes.HOUSEHOLD_STATUS_CHANGED, id, 1,
                            new HouseholdStatusChanged(id, commune, "047", "04", AreaType.RURAL, year + 1, "r",
                                    ReviewRoundKind.PERIODIC, "9/QĐ", LocalDate.of(2025, 1, 1), "ND-07-2021", null,
                                    PovertyStatus.POOR, MovementKind.NEW, true, 4)));
                }
            }
            UUID allocation = UUID.randomUUID();
            pub.send("test.funding-events", allocation.toString(), EventPublisher.envelope(UUID.randomUUID(),
                    "/giamngheo/funding-service", EventTypes.FUNDS_ALLOCATED, allocation.toString(), 1,
                    new FundsMovement(allocation, allocation, null, UUID.randomUUID(), 1, "047",
                            "DA1.TDA1.INVESTMENT.UNSPECIFIED", "DA1", "TDA1", FundType.INVESTMENT, FundSource.UNSPECIFIED,
                            "UBND xã Đức Hồng", "01522", year, 2_500_000_000L, LocalDate.of(year, 2, 15),
                            "125/QĐ-UBND")));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("unit", "047")
                .queryParam("year", year).when().get("/api/v1/reports/spending")
                .then().body("byImplementingArea.find { it.code == '01522' }.assignedVnd", equalTo(2_500_000_000L)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("unit", "01522")
                .queryParam("listYear", year + 1).when().get("/api/v1/reports/poverty")
                .then().body("total.poor.end", equalTo(37)));
        Response json = given().queryParam("unit", "047").queryParam("year", year).when()
                .get("/api/v1/reports/district");
        long poorEnd = json.<Integer>path("poverty.total.poor.end");
        BigDecimal rate = new BigDecimal(json.<Object>path("poverty.total.poor.ratePercent").toString());

        String dom = chromium("--dump-dom", dashboard + "?year=" + year + "&district=047");
        assertThat(dom).contains("data-loaded=\"district\"");
        assertThat(cell(dom, "047", "poorEnd")).isEqualTo(vietnamese(poorEnd));
        assertThat(cell(dom, "047", "poorRatePercent")).isEqualTo(vietnamese(rate));
        assertThat(cell(dom, "01522", "poorEnd")).isEqualTo("37");
        assertThat(cell(dom, "01522", "assignedVnd")).isEqualTo("2.500");
        assertThat(cell(dom, "01522", "disbursementRatePercent")).isEqualTo("0,00");
        assertThat(dom).contains("Huyện Trùng Khánh");

        Path shot = Path.of("target", "dashboard.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        chromium("--screenshot=" + shot, dashboard + "?year=" + year + "&district=047");
        assertThat(shot).exists();
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    /** The text of a cell of the row with this code, without the bar drawn beside it. */
    private static String cell(String dom, String code, String field) {
        Matcher row = Pattern.compile("<tr data-code=\"" + code + "\">(.*?)</tr>", Pattern.DOTALL).matcher(dom);
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
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(System.getenv().getOrDefault("GIAMNGHEO_CHROMIUM", "chromium"),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--virtual-time-budget=15000", action, url));
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return out;
    }
}

package vn.giamngheo.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giamngheo.demo.Api;
import vn.giamngheo.demo.BetweenReviews;
import vn.giamngheo.demo.DemoLoader;
import vn.giamngheo.demo.FundingActivity;
import vn.giamngheo.demo.Standard.Status;
import vn.giamngheo.demo.SyntheticProvince;
import vn.giamngheo.demo.SyntheticProvince.Commune;

/**
 * The province's years through the four packaged services, every unit of Cao Bằng with a few households: Trùng
 * Khánh's seed plan imported and approved with its findings acknowledged, the lists for 2022 of the 161 communes
 * loaded, the periodic reviews of late 2022 and late 2023 submitted in batches and recognised by the commune chairs,
 * money assigned and paid out, then the review of late 2025 in the 56 communes and wards of the two-level government —
 * and the reports: every commune's and district's lists, Trùng Khánh's district report for 2023 (the list for 2024
 * against the 2023 plan's targets, with the 2023 money) and the province overview before and after the reform, every
 * figure checked against what this test computes from the data it sent.
 *
 * <p>The year is loaded once, before the tests, on services, databases and topics of this run alone; each test then
 * stands on its own in any order, and none changes what the others read. Reporting-service learns the year from
 * events, so a test that reads a report awaits exactly the figures it asserts. The README's walkthrough runs after
 * them, as written: it adds a household to lists the other tests assert; only the README's other commands run after
 * it — those that read, which assert none of those lists, then those that write (a system connected to the DCI
 * registry, a household moved), last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholeYearTests {

    private static final int YEAR = DemoLoader.PLAN_YEAR;
    private static final int LIST = YEAR + 1;
    /** The list made by the first review after the 2025 reform, in the communes that hold the district's land. */
    private static final int REFORM_LIST = 2026;
    /** How long the services may take to apply the year's events: generous, the machine may be busy with others. */
    private static final Duration EVENTS_APPLIED = Duration.ofMinutes(5);
    /** A report is computed on each read: once a second is often enough. */
    private static final Duration POLL = Duration.ofSeconds(1);

    private PackagedServices services;
    private Api api;
    private SyntheticProvince province;
    private ExpectedYear expected;
    private DemoLoader.Result loaded;
    private JsonNode plan;
    private ReadmeChecks readme;

    @BeforeAll
    void startTheServicesAndLoadTheYear() throws Exception {
        services = PackagedServices.start();
        api = services.api();
        province = SyntheticProvince.generate(SyntheticProvince.DEFAULT_SEED, SyntheticProvince.Size.FEW);
        expected = new ExpectedYear(province);
        try (InputStream in = getClass().getResourceAsStream("/demo/trung-khanh-2023-plan.json")) {
            plan = Api.JSON.readTree(in);
        }
        // Once for all the tests: the year takes minutes to load, and every test only reads what it left.
        List<String> log = new ArrayList<>();
        loaded = new DemoLoader(api, services.tokens(), province, log::add).load();
        readme = new ReadmeChecks(api, services, province, expected, plan, loaded.allocations().stream()
                .map(DemoLoader.LoadedAllocation::allocation).toList());
        log.forEach(line -> System.out.println("demo: " + line));
    }

    @AfterAll
    void stopTheServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void shouldDriveTheWholeYearThroughThePublicApis() {
        // The databases are the run's own and new: the load found nothing in place and did every step.
        assertThat(loaded.changedAnything()).isTrue();
        assertThat(loaded.householdCodes()).hasSize(province.households().size());
        assertThat(loaded.householdCodes().values()).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("\\d{5}-[0-9A-Z]+"));
        JsonNode summary = api.get(api.services().plan(), "/api/v1/plans/" + loaded.planId(), districtOfficer(), 200)
                .body();
        assertThat(summary.path("approvedVersion").asInt()).isEqualTo(1);
        assertThat(summary.path("versions").get(0).path("errorCount").asInt()).as("the seed's findings")
                .isGreaterThan(0);
        // Every line the money went to is a line of the plan document, with the document's amount.
        Map<String, Long> documentLines = documentLines();
        for (DemoLoader.LoadedAllocation a : loaded.allocations()) {
            assertThat(documentLines).containsEntry(a.allocation().line().key(), a.allocation().line().proposedVnd());
        }
        assertThat(loaded.allocations()).isNotEmpty();
        assertThat(loaded.allocations().stream().map(a -> a.allocation().line().key()).distinct().count())
                .as("a part of the budget lines, not all").isLessThan(documentLines.size());
    }

    @Test
    void shouldKeepInTheRegistryWhatTheChairsRecognised() {
        // Tri Phương's households, after Quang Trung's review of late 2026 (the commune that holds them now). The
        // registry is household-service's own: the decisions the load awaited wrote it, no event is involved.
        Commune commune = province.communesOf(DemoLoader.PLAN_UNIT).get(1);
        Map<Status, Long> expectedCounts = new TreeMap<>();
        province.householdsOf(commune.code()).forEach(h -> expectedCounts.merge(h.statusOnList(REFORM_LIST + 1), 1L,
                Long::sum));
        Map<Status, Long> registry = new TreeMap<>();
        String officer = services.tokens().of("commune-officer", commune.code());
        for (int page = 0;; page++) {
            JsonNode households = api.get(api.services().household(), "/api/v1/households?commune=" + commune.code()
                    + "&size=500&page=" + page, officer, 200).body();
            households.forEach(h -> registry.merge(Status.valueOf(h.path("status").asText()), 1L, Long::sum));
            if (households.size() < 500) {
                break;
            }
        }
        assertThat(registry).isEqualTo(expectedCounts);
    }

    @Test
    void shouldCarryTheChangesBetweenReviewsIntoTheRegistryAndTheLists() {
        BetweenReviews changes = BetweenReviews.of(province);
        String officer = services.tokens().of("province-officer", SyntheticProvince.PROVINCE);
        java.util.function.Function<SyntheticProvince.Household, JsonNode> read = h -> api.get(
                api.services().household(), "/api/v1/households/" + loaded.householdCodes().get(h.key()), officer, 200)
                .body();
        for (BetweenReviews.Move m : changes.moves()) {
            JsonNode moved = read.apply(m.household());
            assertThat(moved.path("communeCode").asText()).isEqualTo(m.to());
            assertThat(moved.path("status").asText()).isEqualTo(m.household().statusOnList(BetweenReviews.LIST).name());
            assertThat(moved.findValuesAsText("movement")).endsWith("OTHER_DECREASE", "OTHER_INCREASE");
        }
        BetweenReviews.Complaint upheld = changes.upheld().orElseThrow();
        JsonNode corrected = read.apply(upheld.household());
        assertThat(corrected.path("status").asText()).isEqualTo("POOR");
        assertThat(corrected.findValuesAsText("movement")).endsWith("COMPLAINT_CORRECTION");
        JsonNode complaints = api.get(api.services().household(), "/api/v1/complaints?commune=" + upheld.commune(),
                officer, 200).body();
        assertThat(complaints.findValuesAsText("status")).contains("UPHELD");
        for (BetweenReviews.MemberChange birth : changes.births()) {
            assertThat(read.apply(birth.household()).path("members").findValuesAsText("fullName"))
                    .contains(birth.member().fullName());
        }
        for (BetweenReviews.MemberChange death : changes.deaths()) {
            assertThat(read.apply(death.household()).path("members").findValuesAsText("fullName"))
                    .doesNotContain(death.member().fullName());
        }
        JsonNode split = read.apply(changes.split().household());
        assertThat(split.path("members").findValuesAsText("fullName")).doesNotContain(changes.split().member().fullName());
        assertThat(split.path("changes").findValuesAsText("kind")).containsExactly("SPLIT");
    }

    @Test
    void shouldReportTheDistrictsYearAsTheDataSentMakesIt() {
        awaitReport(this::districtReport, this::assertDistrictReport);
    }

    private void assertDistrictReport(JsonNode report) {
        JsonNode poverty = report.path("poverty");
        assertThat(poverty.path("listYear").asInt()).isEqualTo(LIST);
        assertThat(poverty.path("planYear").asInt()).isEqualTo(YEAR);
        assertThat(poverty.path("communes")).hasSize(21);
        List<Commune> trungKhanh = province.communesOf(DemoLoader.PLAN_UNIT);
        for (JsonNode row : poverty.path("communes")) {
            Commune c = commune(row.path("code").asText());
            assertRow(row, List.of(c), c.name());
        }
        assertRow(poverty.path("total"), trungKhanh, "Huyện Trùng Khánh");

        // The seed's targets: multidimensional rate down 6.8 points, poor 5.0, near-poor 1.8 — met only on exact rates.
        assertTargets(poverty.path("targets"), trungKhanh, LIST);

        JsonNode spending = report.path("spending");
        assertThat(spending.path("year").asInt()).isEqualTo(YEAR);
        List<FundingActivity.Allocation> sent = loaded.allocations().stream().map(DemoLoader.LoadedAllocation::allocation)
                .toList();
        assertMoney(spending.path("total"), ExpectedYear.money(plan, sent, (p, t) -> "TOTAL").get("TOTAL"));
        Map<String, ExpectedYear.Money> byType = ExpectedYear.money(plan, sent, (p, t) -> t);
        assertThat(spending.path("byFundType")).hasSize(byType.size());
        spending.path("byFundType").forEach(r -> assertMoney(r, byType.get(r.path("group").asText())));
        Map<String, ExpectedYear.Money> byProject = ExpectedYear.money(plan, sent, (p, t) -> p);
        assertThat(spending.path("byProject")).hasSize(byProject.size());
        spending.path("byProject").forEach(r -> assertMoney(r, byProject.get(r.path("group").asText())));

        // Who spends it: each commune (and the district's own agencies) with what it was assigned and paid out.
        Map<String, long[]> byArea = new TreeMap<>();
        for (FundingActivity.Allocation a : sent) {
            long[] m = byArea.computeIfAbsent(a.implementingAreaCode(), k -> new long[2]);
            m[0] += a.amountVnd();
            m[1] += a.disbursedVnd();
        }
        Map<String, long[]> reported = new TreeMap<>();
        for (JsonNode r : spending.path("byImplementingArea")) {
            reported.put(r.path("code").asText(), new long[] { r.path("assignedVnd").asLong(), r.path("disbursedVnd").asLong() });
        }
        assertThat(reported.keySet()).isEqualTo(byArea.keySet());
        byArea.forEach((area, m) -> assertThat(reported.get(area)).as(area).containsExactly(m[0], m[1]));
        // The rates once the amounts are the ones sent: a row read before its money arrived has nothing to divide by.
        for (JsonNode r : spending.path("byImplementingArea")) {
            assertThat(r.path("disbursementRatePercent").decimalValue()).as(r.path("code").asText())
                    .isEqualByComparingTo(ExpectedYear.ratePercent(r.path("disbursedVnd").asLong(), r.path("assignedVnd").asLong()));
        }
    }

    @Test
    void shouldShowTheDistrictInTheProvinceOverview() {
        List<Commune> all = province.communesOf(DemoLoader.PLAN_UNIT);
        ExpectedYear.Figures poor = expected.figures(all, Status.POOR, LIST);
        ExpectedYear.Figures near = expected.figures(all, Status.NEAR_POOR, LIST);
        long total = expected.total(all, LIST);
        long totalBefore = expected.total(all, LIST - 1);
        int targetsMet = targetsMet(poor, near, totalBefore, total);
        List<FundingActivity.Allocation> sent = loaded.allocations().stream()
                .map(DemoLoader.LoadedAllocation::allocation).toList();
        Map<String, ExpectedYear.Money> byType = ExpectedYear.money(plan, sent, (p, t) -> t);

        JsonNode overview = awaitReport(this::provinceOverview, o -> {
            assertThat(o.path("listYear").asInt()).isEqualTo(LIST);
            JsonNode row = districtRow(o);
            assertThat(row).as("Trùng Khánh's row").isNotNull();
            assertThat(row.path("residentHouseholds").asLong()).isEqualTo(total);
            assertThat(row.path("poorRatePercent").decimalValue())
                    .isEqualByComparingTo(ExpectedYear.ratePercent(poor.end(), total));
            assertThat(row.path("poorChangePoints").decimalValue())
                    .isEqualByComparingTo(ExpectedYear.changePoints(poor.start(), totalBefore, poor.end(), total));
            assertThat(row.path("nearPoorRatePercent").decimalValue())
                    .isEqualByComparingTo(ExpectedYear.ratePercent(near.end(), total));
            assertThat(row.path("multidimensionalRatePercent").decimalValue())
                    .isEqualByComparingTo(ExpectedYear.ratePercent(poor.end() + near.end(), total));
            assertThat(row.path("multidimensionalChangePoints").decimalValue()).isEqualByComparingTo(ExpectedYear
                    .changePoints(poor.start() + near.start(), totalBefore, poor.end() + near.end(), total));
            assertThat(row.path("targets").asInt()).isEqualTo(3);
            assertThat(row.path("targetsMet").asInt()).isEqualTo(targetsMet);
            assertThat(row.path("investmentDisbursementRatePercent").decimalValue())
                    .isEqualByComparingTo(rate(byType.get("INVESTMENT")));
            assertThat(row.path("recurrentDisbursementRatePercent").decimalValue())
                    .isEqualByComparingTo(rate(byType.get("RECURRENT")));
            assertThat(row.path("disbursementRatePercent").decimalValue())
                    .isEqualByComparingTo(ExpectedYear.disbursedPercent(plan, sent));
        });
        JsonNode row = districtRow(overview);
        System.out.printf("Trùng Khánh %d (list %d): poor %s %% (%s points), near-poor %s %%, multidimensional %s %%;"
                + " %d of 3 targets met; disbursed %s %% of the assigned money%n", YEAR, LIST,
                row.path("poorRatePercent"), row.path("poorChangePoints"), row.path("nearPoorRatePercent"),
                row.path("multidimensionalRatePercent"), targetsMet, row.path("disbursementRatePercent"));
    }

    @Test
    void shouldReportTheFormerDistrictAcrossTheReformAsItsSuccessorCommunes() {
        List<String> holders = province.communesOf(DemoLoader.PLAN_UNIT).stream()
                .map(c -> province.holder(c.code(), REFORM_LIST)).distinct().toList();
        List<Commune> successors = province.successors().stream().filter(c -> holders.contains(c.code())).toList();
        awaitReport(() -> povertyReport(REFORM_LIST), poverty -> {
            // Seven rows, one per commune that holds the district's land from 2025-07-01, each starting from the lists
            // of the communes it was formed from.
            assertThat(poverty.path("communes")).extracting(r -> r.path("code").asText())
                    .containsExactlyElementsOf(successors.stream().map(Commune::code).toList());
            for (JsonNode row : poverty.path("communes")) {
                Commune c = successors.stream().filter(s -> s.code().equals(row.path("code").asText()))
                        .findFirst().orElseThrow();
                assertRow(row, List.of(c), c.name(), REFORM_LIST);
            }
            assertRow(poverty.path("total"), successors, "Huyện Trùng Khánh", REFORM_LIST);
            // The district's last plan, of 2025, measured on the list its successor communes made.
            assertTargets(poverty.path("targets"), successors, REFORM_LIST);
        });
    }

    @Test
    void shouldReportEveryCommuneOfTheProvinceInEveryListAsTheDataSentMakesIt() throws Exception {
        // The lists for 2023 and 2024 by the 161 communes of the district years, those for 2026 and 2027 (the first
        // under NĐ 351/2025, from the review under way) by the 56 of today.
        for (int list : List.of(YEAR, LIST, REFORM_LIST, REFORM_LIST + 1)) {
            List<Commune> communes = province.communesOfList(list);
            awaitReport(() -> api.get(api.services().reporting(), "/api/v1/reports/poverty?unit=04&listYear=" + list,
                    null, 200).body(), poverty -> {
                        assertThat(poverty.path("communes")).extracting(r -> r.path("code").asText())
                                .containsExactlyElementsOf(communes.stream().map(Commune::code).sorted().toList());
                        for (JsonNode row : poverty.path("communes")) {
                            Commune c = communes.stream().filter(x -> x.code().equals(row.path("code").asText()))
                                    .findFirst().orElseThrow();
                            assertRow(row, List.of(c), c.name(), list);
                        }
                        assertRow(poverty.path("total"), communes, "Tỉnh Cao Bằng", list);
                    });
        }
        // Households kept in their class only by their old area's income line (a town that became a rural commune, a
        // rural commune taken into a ward) are reclassified by the reform, not counted as moving.
        List<Commune> today = province.successors();
        long reclassified = expected.figures(today, Status.POOR, REFORM_LIST).outflows()
                .getOrDefault("ADMINISTRATIVE_RECLASSIFICATION", 0L)
                + expected.figures(today, Status.NEAR_POOR, REFORM_LIST).outflows()
                        .getOrDefault("ADMINISTRATIVE_RECLASSIFICATION", 0L);
        assertThat(reclassified).isPositive();
        // The new standard's own movement, apart, and the points of the change it explains.
        int first = REFORM_LIST + 1;
        ExpectedYear.Figures poor = expected.figures(today, Status.POOR, first);
        long in = poor.inflows().getOrDefault("STANDARD_RECLASSIFICATION", 0L);
        long out = poor.outflows().getOrDefault("STANDARD_RECLASSIFICATION", 0L);
        long near = expected.figures(today, Status.NEAR_POOR, first).inflows().getOrDefault("STANDARD_RECLASSIFICATION", 0L);
        assertThat(in + out + near).as("households moved by the new standard alone").isPositive();
        awaitReport(() -> api.get(api.services().reporting(), "/api/v1/reports/poverty?unit=04&listYear=" + first, null,
                200).body(), poverty -> {
                    assertThat(poverty.at("/total/standardEffect/poorIn").asLong()).isEqualTo(in);
                    assertThat(poverty.at("/total/standardEffect/poorOut").asLong()).isEqualTo(out);
                    assertThat(poverty.at("/total/standardEffect/poorPoints").decimalValue()).isEqualByComparingTo(
                            ExpectedYear.changePoints(out, expected.total(today, first), in, expected.total(today, first)));
                });
        // The province overview of plan year 2026 says the same, with what the households of the list lack.
        Map<String, long[]> lacking = expected.deprivations(first);
        awaitReport(() -> api.get(api.services().reporting(), "/api/v1/reports/province?unit=04&year=" + (first - 1),
                null, 200).body(), o -> {
                    assertThat(o.at("/standardEffect/poorIn").asLong()).isEqualTo(in);
                    assertThat(o.at("/standardEffect/nearPoorIn").asLong()).isEqualTo(near);
                    assertDeprivations(o.path("deprivation"), lacking, o.at("/total/poorHouseholds").asLong());
                });
        // The Ministry's forms of the province's list of 2027 hold the same figures as its poverty report.
        assertFormsOfTheProvince(first);
        // And the list of 2026, of the review of late 2025 under the 2022–2025 standard.
        awaitReport(() -> api.get(api.services().reporting(), "/api/v1/reports/poverty?unit=04&listYear=" + (first - 1),
                null, 200).body(), poverty -> assertDeprivations(poverty.at("/total/deprivation"),
                        expected.deprivations(first - 1), poverty.at("/total/poor/end").asLong()));
    }

    /** The forms' workbook of the province's list against its poverty report: totals, communes, changes, deprivations. */
    private void assertFormsOfTheProvince(int list) throws Exception {
        JsonNode report = api.get(api.services().reporting(), "/api/v1/reports/poverty?unit=04&listYear=" + list, null,
                200).body();
        java.net.http.HttpResponse<byte[]> forms = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(api.services().reporting().resolve(
                        "/api/v1/reports/forms?unit=04&listYear=" + list)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(forms.statusCode()).isEqualTo(200);
        try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory
                .create(new java.io.ByteArrayInputStream(forms.body()))) {
            org.apache.poi.ss.usermodel.Sheet results = wb.getSheet("7.1 Kết quả");
            org.apache.poi.ss.usermodel.Row total = formRow(results, 0, "III");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(report.at("/total/residentHouseholds").asDouble());
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(report.at("/total/poor/end").asDouble());
            assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(report.at("/total/nearPoor/end").asDouble());
            for (JsonNode commune : report.path("communes")) {
                org.apache.poi.ss.usermodel.Row row = formRow(results, 1, commune.path("name").asText());
                assertThat(row.getCell(4).getNumericCellValue()).as(commune.path("name").asText())
                        .isEqualTo(commune.at("/poor/end").asDouble());
                assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(commune.at("/nearPoor/end").asDouble());
            }
            org.apache.poi.ss.usermodel.Row changes = formRow(wb.getSheet("7.2 Diễn biến hộ nghèo"), 0, "III");
            assertThat(changes.getCell(3).getNumericCellValue()).isEqualTo(report.at("/total/poor/start").asDouble());
            assertThat(changes.getCell(9).getNumericCellValue()).isEqualTo(report.at("/total/poor/inflows/NEW").asDouble());
            assertThat(changes.getCell(11).getNumericCellValue()).isEqualTo(report.at("/total/poor/end").asDouble());
            // Mẫu 7.4 of NĐ 351/2025's lists: domestic waste is its twelfth indicator.
            org.apache.poi.ss.usermodel.Row lacking = formRow(wb.getSheet("7.4 Thiếu hụt hộ nghèo"), 0, "III");
            long waste = 0;
            for (JsonNode line : report.at("/total/deprivation/indicators")) {
                if (line.path("code").asText().equals("WASTE")) {
                    waste = line.path("poor").asLong();
                }
            }
            assertThat(lacking.getCell(14).getNumericCellValue()).isEqualTo(waste);
        }
    }

    /** The first row of figures whose cell in the column holds the text. */
    private static org.apache.poi.ss.usermodel.Row formRow(org.apache.poi.ss.usermodel.Sheet sheet, int column,
            String text) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(column);
            if (row.getRowNum() > 10 && cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row '" + text + "' in " + sheet.getSheetName());
    }

    /** Per indicator, the poor and near-poor lacking it, as the surveys sent make them; the rest of the list apart. */
    private static void assertDeprivations(JsonNode d, Map<String, long[]> expected, long poorEnd) {
        long[] surveyed = expected.get(ExpectedYear.SURVEYED);
        assertThat(d.path("poorSurveyed").asLong()).isEqualTo(surveyed[0]);
        assertThat(d.path("nearPoorSurveyed").asLong()).isEqualTo(surveyed[1]);
        assertThat(d.path("poorNotSurveyed").asLong()).isEqualTo(poorEnd - surveyed[0]);
        assertThat(d.path("indicators")).extracting(l -> l.path("code").asText())
                .containsExactlyInAnyOrderElementsOf(expected.keySet().stream()
                        .filter(k -> !k.equals(ExpectedYear.SURVEYED)).toList());
        for (JsonNode line : d.path("indicators")) {
            long[] counts = expected.get(line.path("code").asText());
            assertThat(line.path("poor").asLong()).as(line.path("code").asText()).isEqualTo(counts[0]);
            assertThat(line.path("nearPoor").asLong()).as(line.path("code").asText()).isEqualTo(counts[1]);
            assertThat(line.path("name").asText()).isNotBlank();
        }
        assertThat(d.path("dimensions")).isNotEmpty();
    }

    @Test
    void shouldReportEveryDistrictOfTheYearsBeforeTheReform() {
        for (String code : province.districts()) {
            List<Commune> communes = province.communesOf(code);
            awaitReport(() -> api.get(api.services().reporting(), "/api/v1/reports/poverty?unit=" + code
                    + "&listYear=" + LIST, null, 200).body(), poverty -> {
                        assertThat(poverty.path("communes")).hasSize(communes.size());
                        assertRow(poverty.path("total"), communes, poverty.path("unitName").asText(), LIST);
                    });
        }
        // The overview of 2023 has a row with data for each of the ten districts, and one for each of the 161 communes.
        awaitReport(this::provinceOverview, o -> {
            assertThat(o.path("grouping").asText()).isEqualTo("DISTRICTS");
            assertThat(o.path("districts")).extracting(r -> r.path("code").asText())
                    .containsExactlyElementsOf(province.districts());
            for (JsonNode row : o.path("districts")) {
                assertOverviewRow(row, province.communesOf(row.path("code").asText()), LIST);
            }
            assertThat(o.path("communes")).hasSize(161);
            for (JsonNode row : o.path("communes")) {
                assertOverviewRow(row, List.of(commune(row.path("code").asText())), LIST);
            }
            assertOverviewRow(o.path("total"), province.communes(), LIST);
        });
    }

    @Test
    void shouldListTheFiftySixCommunesAndWardsInTheProvinceOverviewAfterTheReform() {
        List<Commune> today = province.successors();
        JsonNode overview = awaitReport(() -> api.get(api.services().reporting(),
                "/api/v1/reports/province?unit=04&year=" + (REFORM_LIST - 1), null, 200).body(), o -> {
                    assertThat(o.path("grouping").asText()).isEqualTo("COMMUNES");
                    assertThat(o.path("communes")).extracting(r -> r.path("code").asText())
                            .containsExactlyElementsOf(today.stream().map(Commune::code).sorted().toList());
                    for (JsonNode row : o.path("communes")) {
                        Commune c = today.stream().filter(x -> x.code().equals(row.path("code").asText()))
                                .findFirst().orElseThrow();
                        assertOverviewRow(row, List.of(c), REFORM_LIST);
                    }
                    assertOverviewRow(o.path("total"), today, REFORM_LIST);
                    // The former districts group the communes that kept one of their communes' codes.
                    assertThat(o.path("districts")).hasSize(10);
                });
        long poor = 0;
        for (JsonNode row : overview.path("communes")) {
            poor += row.path("poorHouseholds").asLong();
        }
        assertThat(poor).as("the 56 add up to the province").isEqualTo(overview.at("/total/poorHouseholds").asLong());
        long grouped = 0;
        for (JsonNode row : overview.path("districts")) {
            grouped += row.path("poorHouseholds").asLong();
        }
        assertThat(grouped).as("the former districts add up to the province").isEqualTo(poor);
    }

    @Test
    void shouldShowTheMoneyOf2025ThatNoCommuneReceivedAsTheFormerDistrictsAgencies() {
        // Trùng Khánh's last plan: money to its communes and its agencies until the reform ended them. In the province
        // overview of 2025 each commune's money is with the commune that holds its land, the agencies' in a row of
        // their own.
        Map<String, long[]> byCommune = new TreeMap<>();
        long[] agencies = new long[2];
        long[] all = new long[2];
        for (DemoLoader.LoadedAllocation loadedAllocation : loaded.lastAllocations()) {
            FundingActivity.Allocation a = loadedAllocation.allocation();
            long[] into = a.implementingAreaCode().equals(DemoLoader.PLAN_UNIT) ? agencies
                    : byCommune.computeIfAbsent(province.holder(a.implementingAreaCode(), REFORM_LIST), k -> new long[2]);
            into[0] += a.amountVnd();
            into[1] += a.disbursedVnd();
            all[0] += a.amountVnd();
            all[1] += a.disbursedVnd();
        }
        assertThat(agencies[0]).isPositive();
        assertThat(byCommune).isNotEmpty();
        awaitReport(() -> api.get(api.services().reporting(), "/api/v1/reports/province?unit=04&year="
                + DemoLoader.LAST_DISTRICT_PLAN_YEAR, null, 200).body(), o -> {
                    assertThat(o.path("agencies")).extracting(r -> r.path("code").asText())
                            .containsExactly(DemoLoader.PLAN_UNIT);
                    assertThat(o.at("/agencies/0/assignedVnd").asLong()).isEqualTo(agencies[0]);
                    assertThat(o.at("/agencies/0/disbursedVnd").asLong()).isEqualTo(agencies[1]);
                    for (JsonNode row : o.path("communes")) {
                        long[] m = byCommune.getOrDefault(row.path("code").asText(), new long[2]);
                        assertThat(row.path("assignedVnd").asLong()).as(row.path("name").asText()).isEqualTo(m[0]);
                        assertThat(row.path("disbursedVnd").asLong()).as(row.path("name").asText()).isEqualTo(m[1]);
                    }
                    assertThat(o.at("/total/assignedVnd").asLong()).isEqualTo(all[0]);
                    assertThat(o.at("/total/disbursedVnd").asLong()).isEqualTo(all[1]);
                    JsonNode trungKhanh = null;
                    for (JsonNode d : o.path("districts")) {
                        trungKhanh = d.path("code").asText().equals(DemoLoader.PLAN_UNIT) ? d : trungKhanh;
                    }
                    assertThat(trungKhanh.path("assignedVnd").asLong()).as("the former district's communes and agencies")
                            .isEqualTo(all[0]);
                });
    }

    @Test
    void shouldTakeACommunesPlanOf2026FromItsDraftThroughItsMoneyToItsReport() {
        // Đình Phong (01489), a commune of the two-level government: its own officer drafts and submits its plan for
        // 2026, its own chair approves it, its finance officer assigns and pays out money from it, and the reports
        // show it. (Đàm Thủy's plan for 2026 is the README walkthrough's: see shouldRunTheReadmesWalkthroughAsWritten.)
        String commune = "01489";
        com.fasterxml.jackson.databind.node.ObjectNode document = plan.deepCopy();
        document.put("unitCode", commune);
        document.put("year", 2026);
        ((com.fasterxml.jackson.databind.node.ObjectNode) document.path("document"))
                .put("issuingBody", "Ủy ban nhân dân xã Đình Phong").put("place", "Đình Phong")
                .put("title", "Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026");
        String officer = services.tokens().of("commune-officer", commune);
        URI plans = api.services().plan();
        String planId = api.post(plans, "/api/v1/plans", officer, document.toString(),
                Map.of("Idempotency-Key", "e2e-plan-" + commune + "-2026"), 201).body().path("planId").asText();
        String version = "/api/v1/plans/" + planId + "/versions/1";
        api.post(plans, version + "/submit", officer, null, Map.of("If-Match", etag(planId, officer)), 200);
        // The province's chair approves the province's plans, not a commune's; the commune's own chair does.
        Map<String, Object> approval = Map.of("approvalDate", "2025-12-20", "acknowledgeFindings", true,
                "reason", "Các sai lệch số liệu đã được giải trình");
        api.post(plans, version + "/approve", services.tokens().of("province-chair", "04"), approval,
                Map.of("If-Match", etag(planId, officer)), 403);
        api.post(plans, version + "/approve", services.tokens().of("commune-chair", commune), approval,
                Map.of("If-Match", etag(planId, officer)), 200);

        String finance = services.tokens().of("finance-officer", commune);
        URI funding = api.services().funding();
        AtomicReference<JsonNode> lines = new AtomicReference<>();
        await().atMost(EVENTS_APPLIED).pollInterval(POLL).untilAsserted(() -> {
            lines.set(api.get(funding, "/api/v1/budget-lines?planId=" + planId, finance, 200).body());
            assertThat(lines.get()).isNotEmpty();
        });
        JsonNode line = null;
        long proposed = 0;
        for (JsonNode l : lines.get()) {
            proposed += l.path("proposedVnd").asLong();
            if (line == null && l.path("proposedVnd").asLong() >= 10_000_000) {
                line = l;
            }
        }
        long assigned = line.path("proposedVnd").asLong() / 2 / 1_000 * 1_000;
        long paid = assigned * 2 / 5 / 1_000 * 1_000;
        String allocation = api.post(funding, "/api/v1/allocations", finance, Map.of("planId", planId,
                "lineKey", line.path("lineKey").asText(), "implementingUnit", "UBND xã Đình Phong",
                "implementingAreaCode", commune, "amountVnd", assigned, "decisionNumber", "12/QĐ-UBND",
                "decisionDate", "2026-02-10"), Map.of("Idempotency-Key", "e2e-allocation-" + commune + "-2026"), 201)
                .body().path("id").asText();
        api.post(funding, "/api/v1/allocations/" + allocation + "/disbursements", finance, Map.of("amountVnd", paid,
                "valueDate", "2026-03-16", "payee", "Hợp tác xã nông nghiệp Đình Phong",
                "paymentReference", "KB-e2e-" + commune + "-2026-1"),
                Map.of("Idempotency-Key", "e2e-payment-" + commune + "-2026"), 201);

        long total = proposed;
        awaitReport(() -> api.get(api.services().reporting(), "/api/v1/reports/spending?unit=" + commune + "&year=2026",
                null, 200).body(), spending -> {
                    assertThat(spending.path("unitName").asText()).isEqualTo("Xã Đình Phong");
                    assertThat(spending.at("/total/proposedVnd").asLong()).isEqualTo(total);
                    assertThat(spending.at("/total/assignedVnd").asLong()).isEqualTo(assigned);
                    assertThat(spending.at("/total/disbursedVnd").asLong()).isEqualTo(paid);
                    assertThat(spending.at("/total/disbursementRatePercent").decimalValue())
                            .isEqualByComparingTo(ExpectedYear.ratePercent(paid, assigned));
                    assertThat(spending.path("byImplementingArea")).extracting(r -> r.path("code").asText())
                            .containsExactly(commune);
                });
        // The plan's targets are the commune's, measured on its list of 2027 once the review of late 2026 decides it.
        awaitReport(() -> api.get(api.services().reporting(), "/api/v1/reports/province?unit=04&year=2026", null, 200)
                .body(), overview -> {
                    JsonNode row = null;
                    for (JsonNode r : overview.path("communes")) {
                        row = r.path("code").asText().equals(commune) ? r : row;
                    }
                    assertThat(row.path("assignedVnd").asLong()).isEqualTo(assigned);
                    assertThat(row.path("disbursedVnd").asLong()).isEqualTo(paid);
                    assertThat(row.path("targets").asInt()).isEqualTo(plan.path("targets").size());
                });
    }

    @Test
    void shouldSignWithTheDciKeyTheDeploymentGuideMakes() throws Exception {
        // household-service was started with the key deploy/README.md's commands made, as required on Kubernetes:
        // it publishes that key's public half for receivers to verify with.
        JsonNode keys = api.get(api.services().household(), "/api/v1/dci/registry-key",
                services.tokens().of("province-officer", SyntheticProvince.PROVINCE), 200).body();
        String pem = Files.readString(services.dci().resolve("signing.pub.pem"));
        byte[] der = java.util.Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        // An Ed25519 public key's DER ends with its 32 bytes, which the JWK gives as x.
        assertThat(keys.at("/keys/0/x").asText()).isEqualTo(java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(java.util.Arrays.copyOfRange(der, der.length - 32, der.length)));
        // The guide's last step stores the pair as the cluster's secret. Without a cluster, kubectl's client-side dry
        // run shows the secret it would create (kubectl is no dependency of the build: where it is missing, only
        // the step's name is checked).
        String secret = services.dciSecretCommand();
        assertThat(secret).startsWith("kubectl -n giamngheo create secret generic household-dci-signing-key ");
        boolean kubectl = java.util.stream.Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "kubectl")));
        if (kubectl) {
            Process p = new ProcessBuilder("bash", "-euo", "pipefail", "-c", secret + " --dry-run=client -o yaml")
                    .directory(services.dci().toFile()).redirectErrorStream(true).start();
            String yaml = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(yaml).isZero();
            assertThat(yaml).contains("kind: Secret", "name: household-dci-signing-key", "namespace: giamngheo",
                    "  signing.pem: ", "  signing.pub.pem: ");
        }
    }

    /** The walkthrough's commune: Đàm Thủy, a commune of today, where step 3 drafts a plan and step 4 reviews. */
    private static final String WALKTHROUGH_COMMUNE = "01501";
    /** Where the walkthrough runs, and its blocks write their files. */
    private Path walkthroughDir;

    @Test
    @Order(Integer.MAX_VALUE - 2)
    void shouldRunTheReadmesWalkthroughAsWritten() throws Exception {
        // The README's blocks, in order and as written, but for the services' addresses: this run's ports, not the
        // local stack's. Each answers what the data sent make it; the full demo's figures the README quotes are
        // WalkthroughFiguresTests'. Step 4 adds a poor household to Đàm Thủy's list of 2026 and so to the province's
        // list of 2027, which the other tests assert: this test runs after them, and only the README's read-only
        // commands after it.
        awaitEveryEventApplied();
        Walkthrough walkthrough = Walkthrough.ofThisRepository();
        // The seed's findings, which the province's chair acknowledged: plan-service's checks, whatever the size.
        java.util.regex.Matcher findings = java.util.regex.Pattern.compile("approval with the (\\d+) findings "
                + "acknowledged").matcher(walkthrough.text());
        assertThat(findings.find()).as("the README quotes the seed's findings").isTrue();
        assertThat(api.get(api.services().plan(), "/api/v1/plans/" + loaded.planId() + "/versions/1", districtOfficer(),
                200).body().path("findings").size()).as("the seed's findings")
                .isEqualTo(Integer.parseInt(findings.group(1)));
        List<String> blocks = walkthrough.blocks();
        List<String> shown = walkthrough.outputs();
        assertThat(blocks).as("the README's walkthrough blocks").hasSize(7);
        WalkthroughOutput output = new WalkthroughOutput(province, plan, loaded.allocations().stream()
                .map(DemoLoader.LoadedAllocation::allocation).toList());
        walkthroughDir = services.workDir("walkthrough");
        Shell shell = new Shell(walkthroughDir);
        for (int i = 0; i < blocks.size(); i++) {
            String block = localised(blocks.get(i));
            int step = i;
            // What the block prints: on this data set, as computed from it; where any data set gives the same (the
            // seed's plan, step 4's batch, its papers), as the README shows it.
            Consumer<String> check = printed -> {
                List<JsonNode> values = WalkthroughOutput.values(printed);
                List<JsonNode> computed = output.of(step, values);
                WalkthroughOutput.assertSame("walkthrough block " + (step + 1), values,
                        computed != null ? computed : WalkthroughOutput.values(shown.get(step)));
            };
            if (block.contains(" -d ") || block.contains("--data")) {
                // A write runs once, as the user would run it.
                check.accept(shell.run(block));
            } else {
                // A read may run again until the events before it are applied, as the README says.
                await().atMost(EVENTS_APPLIED).pollInterval(POLL).untilAsserted(() -> check.accept(shell.run(block)));
            }
        }
        // The files the blocks wrote: the forms open, the decision's list is a PDF.
        assertWorkbook("trung-khanh-2023.xlsx");
        assertWorkbook("bieu-tong-hop-04-2027.xlsx");
        byte[] pdf = Files.readAllBytes(walkthroughDir.resolve("quyet-dinh-45.pdf"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    /** The README's sections whose read-only blocks ({@code bash readme-run}) run here, each with its check. */
    private final Map<String, List<Consumer<ReadmeChecks.Ran>>> readmeSections = new LinkedHashMap<>();

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void shouldRunTheReadmesReadOnlyCommandsAsWritten() throws Exception {
        // The README's other commands that read, as written, in a shell of their own, after the walkthrough: what they
        // print does not depend on its step 4 (the province's list of 2026 and 2027 gain a household; none of the
        // figures checked here is of those lists), and they change nothing.
        awaitEveryEventApplied();
        readmeSections.put("## Calling an API", List.of(readme::audit));
        readmeSections.put("## The province's units", List.of(readme::units));
        readmeSections.put("## Reviewing households", List.of(readme::selfAssessment));
        readmeSections.put("## Reading the reports", List.of(readme::reports));
        readmeSections.put(ReadmeChecks.SEED_IMPORT, List.of(ran -> readme.seedImport(ran.out())));
        Path dir = services.workDir("readme");
        Shell shell = new Shell(dir);
        for (Map.Entry<String, List<Consumer<ReadmeChecks.Ran>>> section : readmeSections.entrySet()) {
            List<String> blocks = Walkthrough.of(Walkthrough.root(), section.getKey()).readOnlyBlocks();
            assertThat(blocks).as("the read-only blocks of " + section.getKey()).hasSize(section.getValue().size());
            for (int i = 0; i < blocks.size(); i++) {
                String block = blocks.get(i);
                String out = shell.run(localised(block));
                section.getValue().get(i).accept(new ReadmeChecks.Ran(block, dir, WalkthroughOutput.values(out)));
            }
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void shouldRunTheReadmesWritingCommandsAsWritten() throws Exception {
        // The README's commands that change what the platform holds, last and in the README's order: connecting a
        // system to the DCI registry (its registration, a subscription, an audited search: no list changes), then
        // moving a household of Đàm Thủy to Trùng Khánh, which changes both communes' lists of 2027.
        awaitEveryEventApplied();
        Shell shell = new Shell(services.workDir("readme-write"));
        List<String> dci = Walkthrough.of(Walkthrough.root(), ReadmeChecks.DCI).writingBlocks();
        assertThat(dci).as("the DCI section's blocks that write").hasSize(1);
        readme.dciStepByStep(WalkthroughOutput.values(shell.run(localised(dci.get(0)))));
        List<String> move = Walkthrough.of(Walkthrough.root(), ReadmeChecks.HOUSEHOLDS).writingBlocks();
        assertThat(move).as("the move's blocks").hasSize(2);
        readme.moveApplied(WalkthroughOutput.values(shell.run(localised(move.get(0)))));
        // Its second block reads the reports: again until reporting-service has applied the move, as the README says.
        String counted = localised(move.get(1));
        await().atMost(EVENTS_APPLIED).pollInterval(POLL)
                .untilAsserted(() -> readme.moveCounted(WalkthroughOutput.values(shell.run(counted))));
    }

    /** A block with this run's addresses for the local stack's. */
    private String localised(String block) {
        Api.Services at = api.services();
        String out = block.replace("http://127.0.0.1:8081", at.plan().toString())
                .replace("http://127.0.0.1:8082", at.household().toString())
                .replace("http://127.0.0.1:8083", at.funding().toString())
                .replace("http://127.0.0.1:8084", at.reporting().toString());
        assertThat(out).as("a service address of the local stack left in\n" + block)
                .doesNotContainPattern("127\\.0\\.0\\.1:(808[1-4]|918[1-4])(?!\\d)");
        return out;
    }

    /**
     * The user's shell: bash with -e, -u and pipefail (a failing command fails the block), in a directory where the
     * blocks' relative paths lead into this repository, where {@code deploy/local/platform token} signs with this
     * run's key, where curl fails on an HTTP error and no browser opens. A variable a block sets is kept for the next.
     */
    private final class Shell {
        private static final java.util.regex.Pattern ASSIGNED = java.util.regex.Pattern
                .compile("(?m)^([A-Z][A-Z0-9_]*)=");

        private final Path dir;
        private final Path variables;
        private final java.util.Set<String> names = new java.util.LinkedHashSet<>();
        private final Map<String, String> environment = new HashMap<>();

        Shell(Path dir) throws IOException {
            this.dir = dir;
            Path root = Path.of(System.getProperty("giamngheo.root", "..")).toAbsolutePath().normalize();
            for (String linked : List.of("deploy", "plan-service")) {
                Files.deleteIfExists(dir.resolve(linked));
                Files.createSymbolicLink(dir.resolve(linked), root.resolve(linked));
            }
            Path bin = Files.createDirectories(dir.resolve("bin"));
            String curl = List.of("/usr/bin/curl", "/bin/curl").stream().filter(c -> Files.isExecutable(Path.of(c)))
                    .findFirst().orElseThrow();
            executable(bin.resolve("curl"), "#!/bin/sh\nexec " + curl + " --fail-with-body \"$@\"\n");
            executable(bin.resolve("xdg-open"), "#!/bin/sh\nexit 0\n");
            variables = dir.resolve("variables.sh");
            Files.writeString(variables, "");
            environment.put("PATH", bin + ":" + System.getenv("PATH"));
            environment.put("GIAMNGHEO_STATE_DIR", services.state().toString());
            environment.put("GIAMNGHEO_JWT_ISSUER", PackagedServices.ISSUER);
        }

        /** Runs a block after the ones before it, and answers what it printed. */
        String run(String block) throws IOException, InterruptedException {
            java.util.regex.Matcher m = ASSIGNED.matcher(block);
            while (m.find()) {
                names.add(m.group(1));
            }
            Path script = dir.resolve("block.sh");
            String keep = names.isEmpty() ? "" : "declare -p " + String.join(" ", names) + " > " + variables + "\n";
            Files.writeString(script, "source " + variables + "\n" + block + "\n" + keep);
            Path out = dir.resolve("stdout");
            Path err = dir.resolve("stderr");
            ProcessBuilder pb = new ProcessBuilder("bash", "-euo", "pipefail", script.toString())
                    .directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(environment);
            Process p = pb.start();
            if (!p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            printed.lines().forEach(line -> System.out.println("walkthrough: " + line));
            assertThat(p.exitValue()).as("the exit status of\n" + block + "\nwhich printed\n" + printed + "\nand\n"
                    + Files.readString(err, StandardCharsets.UTF_8)).isZero();
            return printed;
        }

        private static void executable(Path file, String text) throws IOException {
            Files.writeString(file, text);
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** A workbook a block wrote opens, with sheets. */
    private void assertWorkbook(String name) {
        try (InputStream in = Files.newInputStream(walkthroughDir.resolve(name));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).as(name).isPositive();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The ETag of a plan's latest version, for If-Match. */
    private String etag(String planId, String token) {
        JsonNode summary = api.get(api.services().plan(), "/api/v1/plans/" + planId, token, 200).body();
        return summary.path("versions").get(summary.path("versions").size() - 1).path("etag").asText();
    }

    /** The seed's three rate targets judged on the communes' list of a year, each on the exact fall. */
    private void assertTargets(JsonNode targets, List<Commune> all, int list) {
        long totalBefore = expected.total(all, list - 1);
        long totalAfter = expected.total(all, list);
        Map<String, long[]> counts = expected.rateTargetCounts(all, list);
        assertThat(targets).hasSize(3);
        for (JsonNode target : targets) {
            long[] c = counts.get(target.path("kind").asText());
            BigDecimal points = target.path("target").decimalValue();
            assertThat(target.path("achieved").decimalValue()).as(target.path("kind").asText())
                    .isEqualByComparingTo(ExpectedYear.changePoints(c[1], totalAfter, c[0], totalBefore));
            assertThat(target.path("met").asBoolean()).as(target.path("kind").asText() + " met")
                    .isEqualTo(ExpectedYear.fellByAtLeast(c[0], totalBefore, c[1], totalAfter, points));
        }
    }

    /** A row of the province overview: households, lists and rates of the list year, as the data sent make them. */
    private void assertOverviewRow(JsonNode row, List<Commune> communes, int list) {
        String name = row.path("name").asText();
        long total = expected.total(communes, list);
        long totalBefore = expected.total(communes, list - 1);
        ExpectedYear.Figures poor = expected.figures(communes, Status.POOR, list);
        ExpectedYear.Figures near = expected.figures(communes, Status.NEAR_POOR, list);
        assertThat(row.path("residentHouseholds").asLong()).as(name).isEqualTo(total);
        assertThat(row.path("poorHouseholds").asLong()).as(name + " poor").isEqualTo(poor.end());
        assertThat(row.path("nearPoorHouseholds").asLong()).as(name + " near-poor").isEqualTo(near.end());
        assertThat(row.path("poorRatePercent").decimalValue()).as(name)
                .isEqualByComparingTo(ExpectedYear.ratePercent(poor.end(), total));
        assertThat(row.path("poorChangePoints").decimalValue()).as(name)
                .isEqualByComparingTo(ExpectedYear.changePoints(poor.start(), totalBefore, poor.end(), total));
        assertThat(row.path("nearPoorRatePercent").decimalValue()).as(name)
                .isEqualByComparingTo(ExpectedYear.ratePercent(near.end(), total));
        assertThat(row.path("multidimensionalChangePoints").decimalValue()).as(name).isEqualByComparingTo(ExpectedYear
                .changePoints(poor.start() + near.start(), totalBefore, poor.end() + near.end(), total));
    }

    @Test
    void shouldFindTheReadModelsEqualToTheRegistryCellByCellOnceEveryEventIsApplied() {
        awaitEveryEventApplied();
        String officer = services.tokens().of("province-officer", "04");
        JsonNode first = api.post(api.services().reporting(), "/api/v1/admin/reconciliation", officer, null, Map.of(),
                200).body();
        JsonNode second = api.post(api.services().reporting(), "/api/v1/admin/reconciliation", officer, null, Map.of(),
                200).body();
        for (JsonNode comparison : List.of(first, second)) {
            assertThat(comparison.path("error").isNull()).as(comparison.toString()).isTrue();
            assertThat(comparison.path("differences")).as(comparison.toString()).isEmpty();
            assertThat(comparison.path("findings")).isEmpty();
        }
        // Every list the year's reviews wrote was compared, the reform's list of 2026 among them.
        List<Integer> years = new ArrayList<>();
        second.path("listYears").forEach(y -> years.add(y.asInt()));
        assertThat(years).contains(LIST, REFORM_LIST);
        assertThat(api.get(api.services().reporting(), "/api/v1/admin/reconciliation", officer, 200).body()
                .path("at").asText()).isEqualTo(second.path("at").asText());
    }

    @Test
    void shouldChangeNothingWhenTheYearIsLoadedAgain() {
        // The report to compare with is read once every event of the year has been applied where it is consumed.
        Map<String, Map<String, PackagedServices.OutboxState>> outboxes = awaitEveryEventApplied();
        JsonNode before = districtReport();

        DemoLoader.Result again = new DemoLoader(api, services.tokens(), province, line -> { }).load();

        assertThat(again.changedAnything()).isFalse();
        assertThat(again.planId()).isEqualTo(loaded.planId());
        assertThat(again.allocations().stream().map(DemoLoader.LoadedAllocation::id))
                .containsExactlyElementsOf(loaded.allocations().stream().map(DemoLoader.LoadedAllocation::id).toList());
        assertThat(again.lastAllocations().stream().map(DemoLoader.LoadedAllocation::id)).containsExactlyElementsOf(
                loaded.lastAllocations().stream().map(DemoLoader.LoadedAllocation::id).toList());
        // No event can still come, so nothing needs to be waited for: no service wrote one while the year was loaded
        // again (every outbox has the same events, the same last id, and still none unsent), and every event before
        // was applied already. Reporting-service changes its read models only by applying events.
        assertThat(outboxes()).as("the services' outboxes").isEqualTo(outboxes);
        assertThat(districtReport()).isEqualTo(before);
    }

    // ---- helpers

    /**
     * Reads a report until it passes {@code check}, and answers the report that passed. The check is the test's
     * whole assertion, so what is awaited is exactly what is asserted; when time runs out, the last failure says what
     * differs.
     */
    private JsonNode awaitReport(Supplier<JsonNode> read, Consumer<JsonNode> check) {
        AtomicReference<JsonNode> passed = new AtomicReference<>();
        await().atMost(EVENTS_APPLIED).pollInterval(POLL).untilAsserted(() -> {
            JsonNode report = read.get();
            check.accept(report);
            passed.set(report);
        });
        return passed.get();
    }

    /**
     * Awaits the moment every event any service wrote is sent and applied by every service that consumes its topic,
     * and answers the outboxes as they were then. An inbox holds only events of this run's topics, each once, so it
     * holds as many of a topic's events as the outboxes exactly when it applied all of them.
     */
    private Map<String, Map<String, PackagedServices.OutboxState>> awaitEveryEventApplied() {
        AtomicReference<Map<String, Map<String, PackagedServices.OutboxState>>> settled = new AtomicReference<>();
        await().atMost(EVENTS_APPLIED).pollInterval(POLL).untilAsserted(() -> {
            Map<String, Map<String, PackagedServices.OutboxState>> outboxes = outboxes();
            Map<String, Long> published = new TreeMap<>();
            outboxes.forEach((svc, byTopic) -> byTopic.forEach((topic, state) -> {
                assertThat(state.unsent()).as(svc + "-service's unsent events of " + topic).isZero();
                published.merge(topic, state.events(), Long::sum);
            }));
            for (String consumer : PackagedServices.services()) {
                Map<String, Long> applied = services.applied(consumer);
                for (String topic : PackagedServices.consumes(consumer)) {
                    assertThat(applied.getOrDefault(topic, 0L)).as(consumer + "-service's applied events of " + topic)
                            .isEqualTo(published.getOrDefault(topic, 0L));
                }
            }
            // Applying an event may make its consumer write one: the outboxes must still be as they were read.
            assertThat(outboxes()).as("the outboxes, read again").isEqualTo(outboxes);
            settled.set(outboxes);
        });
        return settled.get();
    }

    /** Every service's outbox, by service and topic. */
    private Map<String, Map<String, PackagedServices.OutboxState>> outboxes() {
        Map<String, Map<String, PackagedServices.OutboxState>> out = new LinkedHashMap<>();
        for (String svc : PackagedServices.services()) {
            out.put(svc, services.outbox(svc));
        }
        return out;
    }

    /** How many of the seed's targets the list met: poor rate down 5.0 points, near-poor 1.8, multidimensional 6.8. */
    private static int targetsMet(ExpectedYear.Figures poor, ExpectedYear.Figures near, long totalBefore, long total) {
        int met = 0;
        met += ExpectedYear.fellByAtLeast(poor.start(), totalBefore, poor.end(), total, new BigDecimal("5.0")) ? 1 : 0;
        met += ExpectedYear.fellByAtLeast(near.start(), totalBefore, near.end(), total, new BigDecimal("1.8")) ? 1 : 0;
        met += ExpectedYear.fellByAtLeast(poor.start() + near.start(), totalBefore, poor.end() + near.end(), total,
                new BigDecimal("6.8")) ? 1 : 0;
        return met;
    }

    /** Trùng Khánh's row of the province overview, or null. */
    private static JsonNode districtRow(JsonNode overview) {
        JsonNode row = null;
        for (JsonNode r : overview.path("districts")) {
            if (r.path("code").asText().equals(DemoLoader.PLAN_UNIT)) {
                row = r;
            }
        }
        return row;
    }

    private void assertRow(JsonNode row, List<Commune> communes, String name) {
        assertRow(row, communes, name, LIST);
    }

    private void assertRow(JsonNode row, List<Commune> communes, String name, int list) {
        assertThat(row.path("name").asText()).isEqualTo(name);
        long total = expected.total(communes, list);
        long totalBefore = expected.total(communes, list - 1);
        assertThat(row.path("residentHouseholds").asLong()).as(name).isEqualTo(total);
        assertThat(row.path("baselineResidentHouseholds").asLong()).as(name).isEqualTo(totalBefore);
        ExpectedYear.Figures poor = expected.figures(communes, Status.POOR, list);
        ExpectedYear.Figures near = expected.figures(communes, Status.NEAR_POOR, list);
        assertFigures(row.path("poor"), poor, total, totalBefore, name + " poor");
        assertFigures(row.path("nearPoor"), near, total, totalBefore, name + " near-poor");
        assertThat(row.path("multidimensionalRatePercent").decimalValue()).as(name)
                .isEqualByComparingTo(ExpectedYear.ratePercent(poor.end() + near.end(), total));
        assertThat(row.path("multidimensionalChangePoints").decimalValue()).as(name).isEqualByComparingTo(ExpectedYear
                .changePoints(poor.start() + near.start(), totalBefore, poor.end() + near.end(), total));
    }

    private static void assertFigures(JsonNode actual, ExpectedYear.Figures f, long total, long totalBefore,
            String what) {
        assertThat(actual.path("start").asLong()).as(what + " start").isEqualTo(f.start());
        assertThat(actual.path("end").asLong()).as(what + " end").isEqualTo(f.end());
        assertThat(longs(actual.path("inflows"))).as(what + " inflows").isEqualTo(f.inflows());
        assertThat(longs(actual.path("outflows"))).as(what + " outflows").isEqualTo(f.outflows());
        assertThat(actual.path("consistent").asBoolean()).as(what + " consistent").isTrue();
        assertThat(actual.at("/ethnicMinority/start").asLong()).as(what + " DTTS start").isEqualTo(f.ethnicStart());
        assertThat(actual.at("/ethnicMinority/inflow").asLong()).as(what + " DTTS in").isEqualTo(f.ethnicIn());
        assertThat(actual.at("/ethnicMinority/outflow").asLong()).as(what + " DTTS out").isEqualTo(f.ethnicOut());
        assertThat(actual.at("/ethnicMinority/end").asLong()).as(what + " DTTS end").isEqualTo(f.ethnicEnd());
        assertThat(actual.path("ratePercent").decimalValue()).as(what + " rate")
                .isEqualByComparingTo(ExpectedYear.ratePercent(f.end(), total));
        assertThat(actual.path("baselineRatePercent").decimalValue()).as(what + " baseline rate")
                .isEqualByComparingTo(ExpectedYear.ratePercent(f.start(), totalBefore));
        assertThat(actual.path("changePoints").decimalValue()).as(what + " change")
                .isEqualByComparingTo(ExpectedYear.changePoints(f.start(), totalBefore, f.end(), total));
    }

    private static void assertMoney(JsonNode row, ExpectedYear.Money money) {
        String group = row.path("group").asText();
        assertThat(money).as(group).isNotNull();
        assertThat(row.path("proposedVnd").asLong()).as(group + " proposed").isEqualTo(money.proposed());
        assertThat(row.path("assignedVnd").asLong()).as(group + " assigned").isEqualTo(money.assigned());
        assertThat(row.path("disbursedVnd").asLong()).as(group + " disbursed").isEqualTo(money.disbursed());
        if (money.assigned() == 0) {
            assertThat(row.path("disbursementRatePercent").isNull()).as(group).isTrue();
        } else {
            assertThat(row.path("disbursementRatePercent").decimalValue()).as(group + " rate")
                    .isEqualByComparingTo(rate(money));
        }
    }

    private static BigDecimal rate(ExpectedYear.Money m) {
        return ExpectedYear.ratePercent(m.disbursed(), m.assigned());
    }

    private static Map<String, Long> longs(JsonNode object) {
        Map<String, Long> out = new TreeMap<>();
        object.fields().forEachRemaining(e -> {
            if (e.getValue().asLong() != 0) {
                out.put(e.getKey(), e.getValue().asLong());
            }
        });
        return out;
    }

    private JsonNode provinceOverview() {
        return api.get(api.services().reporting(), "/api/v1/reports/province?unit=04&year=" + YEAR, null, 200).body();
    }

    private JsonNode povertyReport(int listYear) {
        return api.get(api.services().reporting(), "/api/v1/reports/poverty?unit=" + DemoLoader.PLAN_UNIT + "&listYear="
                + listYear, null, 200).body();
    }

    private JsonNode districtReport() {
        return api.get(api.services().reporting(), "/api/v1/reports/district?unit=" + DemoLoader.PLAN_UNIT + "&year="
                + YEAR, services.tokens().of("province-officer", "04"), 200).body();
    }

    private Commune commune(String code) {
        return province.communes().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private String districtOfficer() {
        return services.tokens().of("district-officer", DemoLoader.PLAN_UNIT);
    }

    /** The plan document's budget lines by key and amount. */
    private Map<String, Long> documentLines() {
        Map<String, Long> lines = new HashMap<>();
        ExpectedYear.planLines(plan).forEach(l -> lines.merge(l.key(), l.amountVnd(), Long::sum));
        return lines;
    }
}

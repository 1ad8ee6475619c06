package vn.giamngheo.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giamngheo.demo.Api;
import vn.giamngheo.demo.DemoLoader;
import vn.giamngheo.demo.FundingActivity;
import vn.giamngheo.demo.Standard.Status;
import vn.giamngheo.demo.SyntheticDistrict;
import vn.giamngheo.demo.SyntheticDistrict.Commune;

/**
 * Trùng Khánh's year through the four packaged services: the seed's plan imported and approved with its findings
 * acknowledged, the list for 2022 loaded, the periodic reviews of late 2022 and late 2023 submitted in batches and
 * recognised by the commune chairs, money assigned and paid out — then the district report for 2023 (the list for
 * 2024 against the list for 2023 and the 2023 plan's targets, with the 2023 money) and the province overview, every
 * figure checked against what this test computes from the data it sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholeYearTests {

    private static final int YEAR = DemoLoader.PLAN_YEAR;
    private static final int LIST = YEAR + 1;
    /** The list made by the first review after the 2025 reform, in the communes that hold the district's land. */
    private static final int REFORM_LIST = 2026;

    private PackagedServices services;
    private Api api;
    private SyntheticDistrict district;
    private ExpectedYear expected;
    private DemoLoader.Result loaded;
    private JsonNode plan;
    private final List<String> log = new ArrayList<>();

    @BeforeAll
    void startTheServices() throws Exception {
        services = PackagedServices.start();
        api = services.api();
        district = SyntheticDistrict.generate(SyntheticDistrict.DEFAULT_SEED);
        expected = new ExpectedYear(district);
        try (InputStream in = getClass().getResourceAsStream("/demo/trung-khanh-2023-plan.json")) {
            plan = Api.JSON.readTree(in);
        }
    }

    @AfterAll
    void stopTheServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    @Order(1)
    void shouldDriveTheWholeYearThroughThePublicApis() {
        loaded = new DemoLoader(api, services.tokens(), district, log::add).load();

        assertThat(loaded.changedAnything()).isTrue();
        assertThat(loaded.householdCodes()).hasSize(district.households().size());
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
    @Order(2)
    void shouldKeepInTheRegistryWhatTheChairsRecognised() {
        // Tri Phương's households, after Quang Trung's review of late 2025 (the commune that holds them now).
        Commune commune = district.communes().get(1);
        Map<Status, Long> expectedCounts = new TreeMap<>();
        district.householdsOf(commune.code()).forEach(h -> expectedCounts.merge(h.statusOnList(REFORM_LIST), 1L,
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
    @Order(3)
    void shouldReportTheDistrictsYearAsTheDataSentMakesIt() {
        JsonNode report = awaitDistrictReport();
        JsonNode poverty = report.path("poverty");
        assertThat(poverty.path("listYear").asInt()).isEqualTo(LIST);
        assertThat(poverty.path("planYear").asInt()).isEqualTo(YEAR);
        assertThat(poverty.path("communes")).hasSize(21);
        for (JsonNode row : poverty.path("communes")) {
            Commune c = commune(row.path("code").asText());
            assertRow(row, List.of(c), c.name());
        }
        assertRow(poverty.path("total"), district.communes(), "Huyện Trùng Khánh");

        // The seed's targets: multidimensional rate down 6.8 points, poor 5.0, near-poor 1.8 — met only on exact rates.
        List<Commune> all = district.communes();
        ExpectedYear.Figures poorList = expected.figures(all, Status.POOR, LIST);
        ExpectedYear.Figures nearList = expected.figures(all, Status.NEAR_POOR, LIST);
        long poorBefore = poorList.start();
        long poorAfter = poorList.end();
        long nearBefore = nearList.start();
        long nearAfter = nearList.end();
        long totalBefore = expected.total(all, LIST - 1);
        long totalAfter = expected.total(all, LIST);
        Map<String, long[]> counts = Map.of("POOR_RATE", new long[] { poorBefore, poorAfter },
                "NEAR_POOR_RATE", new long[] { nearBefore, nearAfter },
                "MULTIDIMENSIONAL_RATE", new long[] { poorBefore + nearBefore, poorAfter + nearAfter });
        assertThat(poverty.path("targets")).hasSize(3);
        for (JsonNode target : poverty.path("targets")) {
            long[] c = counts.get(target.path("kind").asText());
            BigDecimal points = target.path("target").decimalValue();
            assertThat(target.path("achieved").decimalValue()).as(target.path("kind").asText())
                    .isEqualByComparingTo(ExpectedYear.changePoints(c[1], totalAfter, c[0], totalBefore));
            assertThat(target.path("met").asBoolean()).as(target.path("kind").asText() + " met")
                    .isEqualTo(ExpectedYear.fellByAtLeast(c[0], totalBefore, c[1], totalAfter, points));
        }

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
            assertThat(r.path("disbursementRatePercent").decimalValue()).as(r.path("code").asText())
                    .isEqualByComparingTo(ExpectedYear.ratePercent(r.path("disbursedVnd").asLong(), r.path("assignedVnd").asLong()));
        }
        assertThat(reported.keySet()).isEqualTo(byArea.keySet());
        byArea.forEach((area, m) -> assertThat(reported.get(area)).as(area).containsExactly(m[0], m[1]));
    }

    @Test
    @Order(4)
    void shouldShowTheDistrictInTheProvinceOverview() {
        awaitDistrictReport();
        JsonNode overview = api.get(api.services().reporting(), "/api/v1/reports/province?unit=04&year=" + YEAR,
                null, 200).body();
        assertThat(overview.path("listYear").asInt()).isEqualTo(LIST);
        JsonNode row = null;
        for (JsonNode r : overview.path("districts")) {
            if (r.path("code").asText().equals(DemoLoader.PLAN_UNIT)) {
                row = r;
            }
        }
        assertThat(row).as("Trùng Khánh's row").isNotNull();
        List<Commune> all = district.communes();
        ExpectedYear.Figures poor = expected.figures(all, Status.POOR, LIST);
        ExpectedYear.Figures near = expected.figures(all, Status.NEAR_POOR, LIST);
        long total = expected.total(all, LIST);
        long totalBefore = expected.total(all, LIST - 1);
        assertThat(row.path("residentHouseholds").asLong()).isEqualTo(total);
        assertThat(row.path("poorRatePercent").decimalValue()).isEqualByComparingTo(ExpectedYear.ratePercent(poor.end(), total));
        assertThat(row.path("poorChangePoints").decimalValue())
                .isEqualByComparingTo(ExpectedYear.changePoints(poor.start(), totalBefore, poor.end(), total));
        assertThat(row.path("nearPoorRatePercent").decimalValue())
                .isEqualByComparingTo(ExpectedYear.ratePercent(near.end(), total));
        assertThat(row.path("multidimensionalRatePercent").decimalValue())
                .isEqualByComparingTo(ExpectedYear.ratePercent(poor.end() + near.end(), total));
        assertThat(row.path("multidimensionalChangePoints").decimalValue()).isEqualByComparingTo(ExpectedYear
                .changePoints(poor.start() + near.start(), totalBefore, poor.end() + near.end(), total));
        int met = 0;
        met += ExpectedYear.fellByAtLeast(poor.start(), totalBefore, poor.end(), total, new BigDecimal("5.0")) ? 1 : 0;
        met += ExpectedYear.fellByAtLeast(near.start(), totalBefore, near.end(), total, new BigDecimal("1.8")) ? 1 : 0;
        met += ExpectedYear.fellByAtLeast(poor.start() + near.start(), totalBefore, poor.end() + near.end(), total,
                new BigDecimal("6.8")) ? 1 : 0;
        assertThat(row.path("targets").asInt()).isEqualTo(3);
        assertThat(row.path("targetsMet").asInt()).isEqualTo(met);
        List<FundingActivity.Allocation> sent = loaded.allocations().stream().map(DemoLoader.LoadedAllocation::allocation)
                .toList();
        Map<String, ExpectedYear.Money> byType = ExpectedYear.money(plan, sent, (p, t) -> t);
        assertThat(row.path("investmentDisbursementRatePercent").decimalValue())
                .isEqualByComparingTo(rate(byType.get("INVESTMENT")));
        assertThat(row.path("recurrentDisbursementRatePercent").decimalValue())
                .isEqualByComparingTo(rate(byType.get("RECURRENT")));
        assertThat(row.path("disbursementRatePercent").decimalValue())
                .isEqualByComparingTo(rate(ExpectedYear.money(plan, sent, (p, t) -> "TOTAL").get("TOTAL")));
        log.forEach(line -> System.out.println("demo: " + line));
        System.out.printf("Trùng Khánh %d (list %d): poor %s %% (%s points), near-poor %s %%, multidimensional %s %%;"
                + " %d of 3 targets met; disbursed %s %% of the assigned money%n", YEAR, LIST,
                row.path("poorRatePercent"), row.path("poorChangePoints"), row.path("nearPoorRatePercent"),
                row.path("multidimensionalRatePercent"), met, row.path("disbursementRatePercent"));
    }

    @Test
    @Order(5)
    void shouldReportTheFormerDistrictAcrossTheReformAsItsSuccessorCommunes() {
        awaitDistrictReport();
        List<Commune> successors = district.successors();
        long poorEnd = expected.figures(successors, Status.POOR, REFORM_LIST).end();
        JsonNode poverty = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        do {
            poverty = api.get(api.services().reporting(), "/api/v1/reports/poverty?unit=" + DemoLoader.PLAN_UNIT
                    + "&listYear=" + REFORM_LIST, null, 200).body();
            if (poverty.at("/total/poor/end").asLong() == poorEnd
                    && poverty.at("/total/residentHouseholds").asLong() == expected.total(successors, REFORM_LIST)) {
                break;
            }
            DemoLoader.sleep(1_000);
        } while (System.nanoTime() < deadline);
        // Seven rows, one per commune that holds the district's land from 2025-07-01, each starting from the lists of
        // the communes it was formed from.
        assertThat(poverty.path("communes")).extracting(r -> r.path("code").asText())
                .containsExactlyElementsOf(successors.stream().map(Commune::code).toList());
        for (JsonNode row : poverty.path("communes")) {
            Commune c = successors.stream().filter(s -> s.code().equals(row.path("code").asText())).findFirst()
                    .orElseThrow();
            assertRow(row, List.of(c), c.name(), REFORM_LIST);
        }
        assertRow(poverty.path("total"), successors, "Huyện Trùng Khánh", REFORM_LIST);
        // The two former towns: households kept in their class by the town's line are reclassified, not exits.
        long reclassified = expected.figures(successors, Status.POOR, REFORM_LIST).outflows()
                .getOrDefault("ADMINISTRATIVE_RECLASSIFICATION", 0L)
                + expected.figures(successors, Status.NEAR_POOR, REFORM_LIST).outflows()
                        .getOrDefault("ADMINISTRATIVE_RECLASSIFICATION", 0L);
        assertThat(reclassified).isPositive();
        assertThat(poverty.at("/total/poor/outflows/ADMINISTRATIVE_RECLASSIFICATION").asLong()
                + poverty.at("/total/nearPoor/outflows/ADMINISTRATIVE_RECLASSIFICATION").asLong()).isEqualTo(reclassified);
        assertThat(poverty.path("targets")).as("no plan of 2025 was loaded").isEmpty();
    }

    @Test
    @Order(6)
    void shouldChangeNothingWhenTheYearIsLoadedAgain() {
        JsonNode before = awaitDistrictReport();
        DemoLoader.Result again = new DemoLoader(api, services.tokens(), district, line -> { }).load();
        assertThat(again.changedAnything()).isFalse();
        assertThat(again.planId()).isEqualTo(loaded.planId());
        assertThat(again.allocations().stream().map(DemoLoader.LoadedAllocation::id))
                .containsExactlyElementsOf(loaded.allocations().stream().map(DemoLoader.LoadedAllocation::id).toList());
        DemoLoader.sleep(3_000);
        assertThat(districtReport()).isEqualTo(before);
    }

    // ---- helpers

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

    /** The report once reporting-service has applied every event: the last household counts and the last payment. */
    private JsonNode awaitDistrictReport() {
        assertThat(loaded).as("the year loaded by the first test").isNotNull();
        List<Commune> all = district.communes();
        long poorEnd = expected.figures(all, Status.POOR, LIST).end();
        long nearEnd = expected.figures(all, Status.NEAR_POOR, LIST).end();
        long disbursed = loaded.allocations().stream().mapToLong(a -> a.allocation().disbursedVnd()).sum();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonNode report;
        do {
            report = districtReport();
            if (report.at("/poverty/total/poor/end").asLong() == poorEnd
                    && report.at("/poverty/total/nearPoor/end").asLong() == nearEnd
                    && report.at("/poverty/total/residentHouseholds").asLong() == expected.total(all, LIST)
                    && report.at("/spending/total/disbursedVnd").asLong() == disbursed
                    && report.at("/poverty/targets").size() == 3) {
                return report;
            }
            DemoLoader.sleep(1_000);
        } while (System.nanoTime() < deadline);
        return report; // the assertions say what differs
    }

    private JsonNode districtReport() {
        return api.get(api.services().reporting(), "/api/v1/reports/district?unit=" + DemoLoader.PLAN_UNIT + "&year="
                + YEAR, services.tokens().of("province-officer", "04"), 200).body();
    }

    private Commune commune(String code) {
        return district.communes().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
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

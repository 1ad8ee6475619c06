package vn.giamngheo.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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
 *
 * <p>The year is loaded once, before the tests, on services, databases and topics of this run alone; each test then
 * stands on its own in any order, and none changes what the others read. Reporting-service learns the year from
 * events, so a test that reads a report awaits exactly the figures it asserts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
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
    private SyntheticDistrict district;
    private ExpectedYear expected;
    private DemoLoader.Result loaded;
    private JsonNode plan;

    @BeforeAll
    void startTheServicesAndLoadTheYear() throws Exception {
        services = PackagedServices.start();
        api = services.api();
        district = SyntheticDistrict.generate(SyntheticDistrict.DEFAULT_SEED);
        expected = new ExpectedYear(district);
        try (InputStream in = getClass().getResourceAsStream("/demo/trung-khanh-2023-plan.json")) {
            plan = Api.JSON.readTree(in);
        }
        // Once for all the tests: the year takes minutes to load, and every test only reads what it left.
        List<String> log = new ArrayList<>();
        loaded = new DemoLoader(api, services.tokens(), district, log::add).load();
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
    void shouldKeepInTheRegistryWhatTheChairsRecognised() {
        // Tri Phương's households, after Quang Trung's review of late 2025 (the commune that holds them now). The
        // registry is household-service's own: the decisions the load awaited wrote it, no event is involved.
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
    void shouldReportTheDistrictsYearAsTheDataSentMakesIt() {
        awaitReport(this::districtReport, this::assertDistrictReport);
    }

    private void assertDistrictReport(JsonNode report) {
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
        List<Commune> all = district.communes();
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
                    .isEqualByComparingTo(rate(ExpectedYear.money(plan, sent, (p, t) -> "TOTAL").get("TOTAL")));
        });
        JsonNode row = districtRow(overview);
        System.out.printf("Trùng Khánh %d (list %d): poor %s %% (%s points), near-poor %s %%, multidimensional %s %%;"
                + " %d of 3 targets met; disbursed %s %% of the assigned money%n", YEAR, LIST,
                row.path("poorRatePercent"), row.path("poorChangePoints"), row.path("nearPoorRatePercent"),
                row.path("multidimensionalRatePercent"), targetsMet, row.path("disbursementRatePercent"));
    }

    @Test
    void shouldReportTheFormerDistrictAcrossTheReformAsItsSuccessorCommunes() {
        List<Commune> successors = district.successors();
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
            // The two former towns: households kept in their class by the town's line are reclassified, not exits.
            long reclassified = expected.figures(successors, Status.POOR, REFORM_LIST).outflows()
                    .getOrDefault("ADMINISTRATIVE_RECLASSIFICATION", 0L)
                    + expected.figures(successors, Status.NEAR_POOR, REFORM_LIST).outflows()
                            .getOrDefault("ADMINISTRATIVE_RECLASSIFICATION", 0L);
            assertThat(reclassified).isPositive();
            assertThat(poverty.at("/total/poor/outflows/ADMINISTRATIVE_RECLASSIFICATION").asLong()
                    + poverty.at("/total/nearPoor/outflows/ADMINISTRATIVE_RECLASSIFICATION").asLong())
                    .isEqualTo(reclassified);
            assertThat(poverty.path("targets")).as("no plan of 2025 was loaded").isEmpty();
        });
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

        DemoLoader.Result again = new DemoLoader(api, services.tokens(), district, line -> { }).load();

        assertThat(again.changedAnything()).isFalse();
        assertThat(again.planId()).isEqualTo(loaded.planId());
        assertThat(again.allocations().stream().map(DemoLoader.LoadedAllocation::id))
                .containsExactlyElementsOf(loaded.allocations().stream().map(DemoLoader.LoadedAllocation::id).toList());
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

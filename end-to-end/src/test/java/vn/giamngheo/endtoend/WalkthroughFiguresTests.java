package vn.giamngheo.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giamngheo.demo.Api;
import vn.giamngheo.demo.BetweenReviews;
import vn.giamngheo.demo.DemoLoader;
import vn.giamngheo.demo.FundingActivity;
import vn.giamngheo.demo.Standard.Status;
import vn.giamngheo.demo.SyntheticProvince;
import vn.giamngheo.demo.SyntheticProvince.Commune;

/**
 * The figures the README's walkthrough quotes are those of the full demo data set, computed here from the generator
 * (no service runs): what {@code up} loads is deterministic, so each quoted figure is checked to the digit, and a
 * figure the README quotes that this test does not compute fails it, unless it is a published or measured one.
 * The walkthrough's commands themselves run on the few-households data set in {@link WholeYearTests}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalkthroughFiguresTests {

    /** A figure as the README quotes one: a rate or points (a decimal), or a count with thousands separators. */
    private static final Pattern QUOTED = Pattern.compile("[−+]?\\d+\\.\\d+(?= %| points)|[−+]\\d+\\.\\d+|"
            + "\\d{1,3}(?:,\\d{3})+");
    /** Figures quoted that are no data of the demo: the province's published poor rates for 2023 and 2024 (VNA). */
    private static final Set<String> PUBLISHED = Set.of("28.94", "24.71");

    private SyntheticProvince province;
    private ExpectedYear expected;
    private JsonNode plan;
    private final Walkthrough walkthrough = Walkthrough.ofThisRepository();

    @BeforeAll
    void generateTheFullDemo() throws Exception {
        province = SyntheticProvince.generate(SyntheticProvince.DEFAULT_SEED, SyntheticProvince.Size.FULL);
        expected = new ExpectedYear(province);
        try (InputStream in = getClass().getResourceAsStream("/demo/trung-khanh-2023-plan.json")) {
            plan = Api.JSON.readTree(in);
        }
    }

    @Test
    void shouldQuoteTheFiguresOfTheFullDemoAsItsDataMakeThem() {
        List<String> phrases = phrases();
        String text = walkthrough.text();
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(phrases.stream().filter(phrase -> !text.contains(phrase)).toList())
                .as("the full demo's figures, as the README's walkthrough should quote them").isEmpty();
        // Every rate, change and thousands-separated count the section quotes is one computed here (or published).
        Set<String> computed = new TreeSet<>(PUBLISHED);
        for (String phrase : phrases) {
            Matcher m = QUOTED.matcher(phrase);
            while (m.find()) {
                computed.add(m.group());
            }
        }
        Set<String> unchecked = new LinkedHashSet<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            if (!computed.contains(m.group())) {
                unchecked.add(m.group());
            }
        }
        softly.assertThat(unchecked).as("figures the walkthrough quotes that no test computes").isEmpty();
        softly.assertAll();
    }

    @Test
    void shouldShowWhatEachStepPrintsOnAFreshUp() {
        // Each block's output as the README shows it, worked out from the full demo where it depends on the data; the
        // other blocks' output is compared with what the services print in WholeYearTests.
        WalkthroughOutput output = new WalkthroughOutput(province, plan, money());
        List<String> shown = walkthrough.outputs();
        assertThat(shown).hasSameSizeAs(walkthrough.blocks());
        SoftAssertions softly = new SoftAssertions();
        for (int step = 0; step < shown.size(); step++) {
            List<JsonNode> readme = WalkthroughOutput.values(shown.get(step));
            // Nothing printed to settle a tie: the full demo must have none the README could pick for itself.
            List<JsonNode> computed = output.of(step, List.of());
            if (computed != null) {
                int s = step;
                softly.check(() -> WalkthroughOutput.assertSame("README walkthrough block " + (s + 1), readme, computed));
            }
        }
        softly.assertAll();
    }

    @Test
    void shouldQuoteWhatTheReadmesOtherBlocksPrintOnAFreshUp() {
        // Connecting a system: the poor households of Đàm Thủy on the registry's list of 2027, which step 4's applicant
        // (on the list of 2026 until its next review) is not among, though the reports count it.
        Commune damThuy = expected.today(WalkthroughOutput.COMMUNE);
        long poor = expected.figures(List.of(damThuy), Status.POOR, 2027).end();
        assertThat(Walkthrough.of(Walkthrough.root(), ReadmeChecks.DCI).text())
                .contains("\"total_count\":" + poor + "}")
                .contains("Step 3 finds the " + poor + " poor households of Đàm Thủy on the list for 2027")
                .contains("into 2027's (" + (poor + WalkthroughOutput.STEP_4) + ")");
        // Moving a household: what the reports print after it, on data where nobody had moved there before.
        List<JsonNode> counted = ReadmeChecks.moveCounts(province, expected, 1);
        assertThat(Walkthrough.of(Walkthrough.root(), ReadmeChecks.HOUSEHOLDS).markdown())
                .contains("```text\n" + counted.get(0) + "\n" + counted.get(1) + "\n```");
    }

    @Test
    void shouldMarkTheWalkthroughsCommandsForTheTestThatRunsThem() {
        // Every command block of the section is one the end-to-end test runs; a block added unmarked would not be.
        assertThat(walkthrough.markdown()).doesNotContainPattern("(?m)^```(bash|sh|shell|console)$");
        assertThat(walkthrough.blocks()).hasSize(7).allMatch(b -> b.contains("http://127.0.0.1:808"));
    }

    @Test
    void shouldDescribeTheEndToEndTestsDataSetAsItIs() {
        // The README's Tests section says how much the end-to-end test loads: the few-households data set.
        SyntheticProvince few = SyntheticProvince.generate(SyntheticProvince.DEFAULT_SEED, SyntheticProvince.Size.FEW);
        long listed = few.households().stream().filter(h -> h.opening() != null && h.opening().listed()).count();
        long reviews = few.households().stream().mapToLong(h -> h.surveys().size()).sum();
        assertThat(Walkthrough.of(Walkthrough.root(), "## Tests").text()).contains(String.format(Locale.ROOT,
                "a few households each: %,d on the lists for 2022, %,d reviews)", listed, reviews));
    }

    /** The phrases of the walkthrough that quote figures of the full demo, with those figures computed. */
    private List<String> phrases() {
        List<String> out = new ArrayList<>();
        // The lists of 2022 to 2024, in the 161 communes of before the reform.
        List<Commune> before = province.communesOfList(2023);
        long resident2022 = before.stream().mapToLong(c -> c.totals().get(2022)).sum();
        long poor2022 = province.households().stream().filter(h -> h.opening() == Status.POOR).count();
        long near2022 = province.households().stream().filter(h -> h.opening() == Status.NEAR_POOR).count();
        out.add(String.format(Locale.ROOT, "%,d resident households in the %d communes of 2022", resident2022,
                before.size()));
        out.add(percent(poor2022, resident2022) + " % poor and " + percent(near2022, resident2022)
                + " % near-poor on the list for 2022");
        out.add("falling to " + expected.poorRate(before, 2023) + " % on the list for 2023 and "
                + expected.poorRate(before, 2024) + " % on that for 2024");
        out.add(String.format(Locale.ROOT, "load its list for 2022 (%,d households)", poor2022 + near2022));
        out.add(String.format(Locale.ROOT, "late 2022 (%,d reviews → the list for 2023) and late 2023 (%,d → the list"
                + " for 2024)", reviews(2022), reviews(2023)));
        out.add(String.format(Locale.ROOT, "(%,d reviews → the list for 2026)", reviews(2025)));
        // How the loader sends them: the commune app's batch size, and how many communes at a time.
        out.add("in batches of " + DemoLoader.BATCH + ",");
        out.add("Communes load side by side, " + words(DemoLoader.PARALLELISM) + " at a time");
        // The seed plan's money of 2023, as the demo assigns and pays it.
        List<FundingActivity.Allocation> money = money();
        long lines = ExpectedYear.planLines(plan).stream().map(ExpectedYear.PlanLine::key).distinct().count();
        long linesUsed = money.stream().map(a -> a.line().key()).distinct().count();
        long payments = money.stream().mapToLong(a -> a.payments().size()).sum();
        long reversed = money.stream().flatMap(a -> a.payments().stream()).filter(p -> p.reversal() != null).count();
        out.add("assigns money from " + linesUsed + " of the plan's " + lines + " budget lines in " + money.size()
                + " decisions and pays out " + payments + " times, " + words(reversed) + " payment partly reversed");
        // The registry between the reviews.
        BetweenReviews changes = BetweenReviews.of(province);
        out.add("(`BetweenReviews`, " + BetweenReviews.HAPPENED.getDayOfMonth() + "–"
                + BetweenReviews.ANSWERED.getDayOfMonth() + " November, away from Trùng Khánh's communes): "
                + words(changes.births().size()) + " children born, " + words(changes.deaths().size())
                + " members died, a household split");
        assertThat(changes.split()).isNotNull();
        assertThat(changes.moves()).hasSize(2);
        out.add("and " + words(changes.complaints().size()) + " complaints about the review's list — "
                + words(changes.complaints().stream().filter(BetweenReviews.Complaint::upheld).count())
                + " upheld on a re-survey");

        // 1. the province today: the list for 2026 in the communes and wards of the two-level government.
        List<Commune> today = province.successors();
        ExpectedYear.Figures poor2026 = expected.figures(today, Status.POOR, 2026);
        ExpectedYear.Figures near2026 = expected.figures(today, Status.NEAR_POOR, 2026);
        long total2026 = expected.total(today, 2026);
        out.add("in its " + today.size() + " communes and wards, which add up to the province — poor "
                + percent(poor2026.end(), total2026) + " % ("
                + points(ExpectedYear.changePoints(poor2026.start(), expected.total(today, 2025), poor2026.end(),
                        total2026))
                + " points), near-poor " + percent(near2026.end(), total2026) + " %");
        // 2. the district years, and Trùng Khánh's report for 2023 (its list for 2024).
        out.add("the overview of 2023 has the " + province.districts().size() + " districts");
        List<Commune> district = province.communesOf(DemoLoader.PLAN_UNIT);
        long total = expected.total(district, 2024);
        long totalBefore = expected.total(district, 2023);
        // The seed's three targets: the poor, near-poor and multidimensional rates down by 5.0, 1.8 and 6.8 points.
        List<String> names = List.of("poor", "near-poor", "multidimensional");
        List<String> targets = List.of("5.0", "1.8", "6.8");
        List<String> rates = new ArrayList<>();
        int i = 0;
        for (long[] c : expected.rateTargetCounts(district, 2024).values()) {
            String target = targets.get(i);
            rates.add(names.get(i) + " " + percent(c[1], total) + " % ("
                    + points(ExpectedYear.changePoints(c[0], totalBefore, c[1], total)) + (i == 0 ? " points" : "")
                    + ": target " + target + " " + met(c[0], c[1], totalBefore, total, target) + ")");
            i++;
        }
        out.add("Trùng Khánh: " + String.join(", ", rates) + "; " + ExpectedYear.disbursedPercent(plan, money)
                + " % of the assigned money disbursed");
        // 4. Đàm Thủy's list for 2026 gains the walkthrough's applicant.
        Commune damThuy = expected.today(WalkthroughOutput.COMMUNE);
        long damThuyPoor = expected.figures(List.of(damThuy), Status.POOR, 2026).end();
        out.add("Đàm Thủy's poor households at its end, " + damThuyPoor + " → " + (damThuyPoor + WalkthroughOutput.STEP_4));
        // 5. the list of 2027 (after step 4: its applicant is on it, poor).
        ExpectedYear.Figures poor2027 = expected.figures(today, Status.POOR, 2027);
        ExpectedYear.Figures near2027 = expected.figures(today, Status.NEAR_POOR, 2027);
        long total2027 = expected.total(today, 2027);
        long nearByStandard = near2027.inflows().getOrDefault("STANDARD_RECLASSIFICATION", 0L)
                - near2027.outflows().getOrDefault("STANDARD_RECLASSIFICATION", 0L);
        out.add("poor " + percent(poor2027.end() + WalkthroughOutput.STEP_4, total2027) + " % ("
                + points(ExpectedYear.changePoints(poor2027.start() + WalkthroughOutput.STEP_4, total2026, poor2027.end() + WalkthroughOutput.STEP_4,
                        total2027))
                + " points), near-poor " + percent(near2027.end(), total2027) + " % ("
                + points(ExpectedYear.changePoints(near2027.start(), total2026, near2027.end(), total2027))
                + ", of which " + ExpectedYear.changePoints(0, total2027, nearByStandard, total2027).toPlainString()
                + " points by the new standard's higher line alone)");
        // 6. what the poor households of that list lack: the applicant lacks no telecom services.
        Map<String, long[]> lacking = expected.deprivations(2027);
        long surveyed = lacking.get(ExpectedYear.SURVEYED)[0];
        assertThat(surveyed).as("every poor household of 2027 described by a review").isEqualTo(poor2027.end());
        long telecom = lacking.get("TELECOM")[0];
        assertThat(lacking.entrySet().stream().filter(e -> !e.getKey().equals(ExpectedYear.SURVEYED))
                .mapToLong(e -> e.getValue()[0]).max().orElseThrow()).as("the most lacked").isEqualTo(telecom);
        out.add(String.format(Locale.ROOT, "after step 4, %,d poor households all described by a review (%,d on a fresh"
                + " up), %,d of them (%s %%) without telecom services", surveyed + WalkthroughOutput.STEP_4, surveyed, telecom,
                percent(telecom, surveyed + WalkthroughOutput.STEP_4)));
        return out;
    }

    private long reviews(int held) {
        return province.households().stream().filter(h -> h.surveys().containsKey(held)).count();
    }

    /** The allocations and payments the demo records on the seed plan of 2023. */
    private List<FundingActivity.Allocation> money() {
        List<FundingActivity.Line> lines = new ArrayList<>();
        for (ExpectedYear.PlanLine l : ExpectedYear.planLines(plan)) {
            String[] project = l.project().split("\\.", 2);
            lines.add(new FundingActivity.Line(l.key(), project[0], project.length > 1 ? project[1] : null,
                    l.fundType(), l.amountVnd()));
        }
        return FundingActivity.of(province.seed(), lines, province.communesOf(DemoLoader.PLAN_UNIT),
                DemoLoader.PLAN_UNIT, DemoLoader.DISTRICT_AGENCY, DemoLoader.PLAN_YEAR,
                LocalDate.of(DemoLoader.PLAN_YEAR, 12, 20));
    }

    private static String met(long before, long after, long totalBefore, long total, String points) {
        boolean met = ExpectedYear.fellByAtLeast(before, totalBefore, after, total, new BigDecimal(points));
        return met ? "met" : "not met";
    }

    private static String percent(long households, long total) {
        return ExpectedYear.ratePercent(households, total).toPlainString();
    }

    /** A change as the README writes it: −4.18, +3.18. */
    private static String points(BigDecimal change) {
        return (change.signum() < 0 ? "−" : "+") + change.abs().toPlainString();
    }

    private static String words(long n) {
        return switch ((int) n) {
            case 1 -> "one";
            case 2 -> "two";
            case 3 -> "three";
            default -> String.valueOf(n);
        };
    }
}

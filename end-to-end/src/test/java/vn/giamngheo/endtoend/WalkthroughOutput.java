package vn.giamngheo.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.giamngheo.demo.Api;
import vn.giamngheo.demo.DemoLoader;
import vn.giamngheo.demo.FundingActivity;
import vn.giamngheo.demo.Standard.Status;
import vn.giamngheo.demo.SyntheticProvince;
import vn.giamngheo.demo.SyntheticProvince.Commune;

/**
 * What the walkthrough's blocks print whose answer depends on the data loaded, worked out from the data set alone:
 * the README shows it for the full demo ({@link WalkthroughFiguresTests}), the end-to-end run prints it for the
 * few-households one ({@link WholeYearTests}), so one computation holds both the README and the services.
 * The lists read after step 4 (its last read, steps 5 and 6) hold its applicant, one poor household of Đàm Thủy more.
 */
final class WalkthroughOutput {

    /** The walkthrough's commune: Đàm Thủy, where step 4 reviews. */
    static final String COMMUNE = "01501";
    /** The list the 2025 review made, the first of the communes and wards of today. */
    static final int REFORM_LIST = 2026;
    /** Step 4's applicant: one poor household more on Đàm Thủy's list of 2026, and so on the province's of 2027. */
    static final int STEP_4 = 1;
    /** A household's code: drawn anew on each load, so shown but not compared. */
    private static final Pattern HOUSEHOLD_CODE = Pattern.compile("\\b\\d{5}-[0-9A-Z]{10}\\b");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SyntheticProvince province;
    private final ExpectedYear expected;
    private final JsonNode plan;
    private final List<FundingActivity.Allocation> money;

    WalkthroughOutput(SyntheticProvince province, JsonNode plan, List<FundingActivity.Allocation> money) {
        this.province = province;
        this.expected = new ExpectedYear(province);
        this.plan = plan;
        this.money = money;
    }

    /**
     * What walkthrough block {@code step} (from 0) prints on this data set; null for the blocks that print the same on
     * any (the seed's plan, step 4's batch, the round's papers), whose output the README shows as it is.
     *
     * @param printed what the block printed, for the one choice the data set does not decide ({@link #listOf2027})
     */
    List<JsonNode> of(int step, List<JsonNode> printed) {
        return switch (step) {
            case 0 -> provinceToday();
            case 1 -> districtYears();
            case 4 -> listAfterTheBatch();
            case 5 -> listOf2027(printed);
            default -> null;
        };
    }

    /** Step 1: the list for 2026 in the communes and wards of today, and the five with the highest poor rate. */
    List<JsonNode> provinceToday() {
        List<Commune> today = province.successors();
        ExpectedYear.Figures poor = expected.figures(today, Status.POOR, REFORM_LIST);
        ExpectedYear.Figures near = expected.figures(today, Status.NEAR_POOR, REFORM_LIST);
        long households = expected.total(today, REFORM_LIST);
        ObjectNode total = NODES.objectNode();
        total.put("residentHouseholds", households);
        total.put("poorHouseholds", poor.end());
        total.put("poorRatePercent", ExpectedYear.ratePercent(poor.end(), households));
        total.put("poorChangePoints", ExpectedYear.changePoints(poor.start(), expected.total(today, REFORM_LIST - 1),
                poor.end(), households));
        total.put("nearPoorRatePercent", ExpectedYear.ratePercent(near.end(), households));
        List<JsonNode> out = new ArrayList<>(List.of(NODES.textNode("COMMUNES"), NODES.numberNode(today.size()), total));
        // The report lists its communes by code; jq's sort_by keeps that order among equal rates.
        today.stream().sorted(Comparator.comparing(Commune::code))
                .sorted(Comparator.comparing((Commune c) -> expected.poorRate(List.of(c), REFORM_LIST)).reversed())
                .limit(5).forEach(c -> out.add(array(c.code(), c.name(), expected.poorRate(List.of(c), REFORM_LIST),
                        formerDistrict(c))));
        return out;
    }

    /** Step 2: the districts of 2023, Trùng Khánh's report for 2023, and its communes' list for 2026. */
    List<JsonNode> districtYears() {
        int list = DemoLoader.PLAN_YEAR + 1;
        List<JsonNode> out = new ArrayList<>(List.of(NODES.textNode("DISTRICTS")));
        ArrayNode districts = NODES.arrayNode();
        province.districts().stream().sorted()
                .forEach(d -> districts.add(array(d, expected.poorRate(province.communesOf(d), list))));
        out.add(districts);
        List<Commune> district = province.communesOf(DemoLoader.PLAN_UNIT);
        long total = expected.total(district, list);
        long before = expected.total(district, list - 1);
        Map<String, long[]> counts = expected.rateTargetCounts(district, list);
        ArrayNode rates = NODES.arrayNode();
        for (long[] c : counts.values()) {
            rates.add(ExpectedYear.ratePercent(c[1], total)).add(ExpectedYear.changePoints(c[0], before, c[1], total));
        }
        out.add(rates);
        for (JsonNode target : plan.path("targets")) {
            long[] c = counts.get(target.path("kind").asText());
            BigDecimal points = target.path("points").decimalValue();
            out.add(array(target.path("kind").asText(), points,
                    ExpectedYear.fellByAtLeast(c[0], before, c[1], total, points)));
        }
        out.add(NODES.numberNode(ExpectedYear.disbursedPercent(plan, money)));
        district.stream().map(c -> province.holder(c.code(), REFORM_LIST)).distinct().sorted().forEach(code -> {
            Commune c = expected.today(code);
            ExpectedYear.Figures f = expected.figures(List.of(c), Status.POOR, REFORM_LIST);
            out.add(array(c.code(), c.name(), f.start(), counts(f.outflows()), f.end()));
        });
        return out;
    }

    /** Step 4's last read: Đàm Thủy's poor households at the end of the list for 2026, its applicant among them. */
    List<JsonNode> listAfterTheBatch() {
        long end = expected.figures(List.of(expected.today(COMMUNE)), Status.POOR, REFORM_LIST).end();
        return List.of(NODES.numberNode(end + STEP_4));
    }

    /**
     * Steps 5 and 6: the province's list of 2027 with step 4's applicant on it, and what its poor households lack
     * most — its survey lacks housing, sanitation and drinking water. Of indicators lacked by as many households the
     * report names first the one whose name comes first, which this data set does not hold: {@code printed} says which.
     */
    List<JsonNode> listOf2027(List<JsonNode> printed) {
        List<Commune> today = province.successors();
        int list = REFORM_LIST + 1;
        long total = expected.total(today, list);
        long before = expected.total(today, REFORM_LIST);
        ExpectedYear.Figures poor = expected.figures(today, Status.POOR, list);
        ExpectedYear.Figures near = expected.figures(today, Status.NEAR_POOR, list);
        String kind = "STANDARD_RECLASSIFICATION";
        JsonNode rates = array(ExpectedYear.ratePercent(poor.end() + STEP_4, total),
                ExpectedYear.changePoints(poor.start() + STEP_4, before, poor.end() + STEP_4, total),
                ExpectedYear.ratePercent(near.end(), total),
                ExpectedYear.changePoints(near.start(), before, near.end(), total),
                ExpectedYear.changePoints(0, total, near.inflows().getOrDefault(kind, 0L)
                        - near.outflows().getOrDefault(kind, 0L), total));
        Map<String, long[]> lacking = new TreeMap<>(expected.deprivations(list));
        long surveyed = lacking.remove(ExpectedYear.SURVEYED)[0] + STEP_4;
        for (String code : List.of("HOUSING_QUALITY", "SANITATION", "DRINKING_WATER")) {
            lacking.computeIfAbsent(code, k -> new long[2])[0]++;
        }
        Comparator<Map.Entry<String, long[]>> most = Comparator.comparingLong((Map.Entry<String, long[]> e) -> e
                .getValue()[0]).thenComparingLong(e -> e.getValue()[1]);
        Map.Entry<String, long[]> top = lacking.entrySet().stream().max(most).orElseThrow();
        Set<String> tied = lacking.entrySet().stream().filter(e -> most.compare(e, top) == 0).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        String named = printed.size() > 1 ? printed.get(1).path(2).path(0).asText() : "";
        if (tied.size() > 1 && !tied.contains(named)) {
            throw new AssertionError("indicators lacked by as many households: " + tied + "; printed " + named);
        }
        String first = tied.size() > 1 ? named : top.getKey();
        long count = lacking.get(first)[0];
        return List.of(rates, array(surveyed, poor.end() + STEP_4 - surveyed,
                array(first, count, ExpectedYear.ratePercent(count, surveyed))));
    }

    /** What a block printed, or a README's output block: the JSON values in it, one after another. */
    static List<JsonNode> values(String printed) {
        List<JsonNode> values = new ArrayList<>();
        // One value after another, as they come: a reader of "values" would take a first array for the sequence.
        try (JsonParser parser = Api.JSON.getFactory().createParser(printed)) {
            while (parser.nextToken() != null) {
                values.add(Api.JSON.readTree(parser));
            }
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("not JSON values: " + printed, e);
        }
        return values;
    }

    /**
     * The same values: numbers by value (19.2 and 19.20 alike), objects whatever the order of their fields, texts but
     * for the household codes in them.
     */
    static void assertSame(String what, List<JsonNode> actual, List<JsonNode> expected) {
        assertThat(actual.size() == expected.size() && same(actual, expected))
                .as("%s:%n  printed  %s%n  expected %s", what, actual, expected).isTrue();
    }

    private static boolean same(List<JsonNode> a, List<JsonNode> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            List<JsonNode> x = new ArrayList<>();
            List<JsonNode> y = new ArrayList<>();
            a.forEach(x::add);
            b.forEach(y::add);
            return x.size() == y.size() && same(x, y);
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new java.util.TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            Set<String> others = new java.util.TreeSet<>();
            b.fieldNames().forEachRemaining(others::add);
            return names.equals(others) && names.stream().allMatch(n -> same(a.get(n), b.get(n)));
        }
        if (a.isTextual() && b.isTextual()) {
            return withoutCodes(a.asText()).equals(withoutCodes(b.asText()));
        }
        return a.equals(b);
    }

    private static String withoutCodes(String text) {
        return HOUSEHOLD_CODE.matcher(text).replaceAll("<household>");
    }

    /** The district of the old commune whose code a commune of today kept. */
    private String formerDistrict(Commune c) {
        return province.communes().stream().filter(old -> old.code().equals(c.code())).map(Commune::districtCode)
                .findFirst().orElse(null);
    }

    /** A movement count per kind, as the report writes them: every kind it counted, none it did not. */
    private static JsonNode counts(Map<String, Long> byKind) {
        ObjectNode out = NODES.objectNode();
        byKind.forEach((kind, n) -> {
            if (n != 0) {
                out.put(kind, n);
            }
        });
        return out;
    }

    private static ArrayNode array(Object... values) {
        ArrayNode out = NODES.arrayNode();
        for (Object v : values) {
            out.add(v instanceof JsonNode node ? node : Api.JSON.valueToTree(v));
        }
        return out;
    }
}

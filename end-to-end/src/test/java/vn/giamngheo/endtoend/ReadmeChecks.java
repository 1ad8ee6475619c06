package vn.giamngheo.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.giamngheo.demo.Api;
import vn.giamngheo.demo.DemoLoader;
import vn.giamngheo.demo.FundingActivity;
import vn.giamngheo.demo.Standard.Status;
import vn.giamngheo.demo.SyntheticProvince;
import vn.giamngheo.demo.SyntheticProvince.Commune;

/**
 * What the README's command blocks outside the walkthrough print, checked against the data the end-to-end test sent
 * and against what the README's prose says of them: the audit read, the units, the self-assessment, the reports, the
 * seed plan's import, connecting a system to the DCI registry, and moving a household. Each takes what its block
 * printed, as JSON values.
 */
final class ReadmeChecks {

    static final String SEED_IMPORT = "## Importing the seed plan";
    static final String DCI = "## Connecting a system: the DCI Social Registry API";
    static final String HOUSEHOLDS = "## Reviewing households";
    /** Where the move takes its household. */
    static final String DESTINATION = "01477";
    private static final Pattern CODE = Pattern.compile("\\d{5}-[0-9A-Z]{10}");
    private static final Map<String, Integer> WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);

    /** A block of the README that ran: as written, where it ran (the files it wrote), and what it printed. */
    record Ran(String block, Path dir, List<JsonNode> out) {
    }

    private final Api api;
    private final PackagedServices services;
    private final SyntheticProvince province;
    private final ExpectedYear expected;
    private final JsonNode plan;
    private final List<FundingActivity.Allocation> money;

    ReadmeChecks(Api api, PackagedServices services, SyntheticProvince province, ExpectedYear expected, JsonNode plan,
            List<FundingActivity.Allocation> money) {
        this.api = api;
        this.services = services;
        this.province = province;
        this.expected = expected;
        this.plan = plan;
        this.money = money;
    }

    /**
     * The seed plan, checked but not stored: its budget lines and the findings as the README tells them — how many
     * of each kind, and the amounts it quotes (in millions) in the findings' words (in đồng).
     */
    void seedImport(List<JsonNode> out) {
        assertThat(out).hasSize(1);
        JsonNode plan = out.get(0);
        String prose = Walkthrough.of(Walkthrough.root(), SEED_IMPORT).text();
        assertThat(plan.path("budgetLines").size()).as("budget lines")
                .isEqualTo(Integer.parseInt(quoted(prose, "its (\\d+) budget lines")));
        List<String> keys = new ArrayList<>();
        plan.path("budgetLines").forEach(l -> keys.add(l.path("lineKey").asText()));
        assertThat(keys).contains(quoted(prose, "stable keys \\(`([A-Z0-9.]+)`\\)"));
        Map<String, Integer> findings = new TreeMap<>();
        StringBuilder messages = new StringBuilder();
        plan.path("findings").forEach(f -> {
            findings.merge(f.path("code").asText(), 1, Integer::sum);
            messages.append(f.path("message").asText()).append('\n');
        });
        assertThat(findings.get("TITLE_DIFFERS_FROM_CATALOG")).as("titles that differ from the catalog")
                .isEqualTo(WORDS.get(quoted(prose, "(\\w+) titles differ")));
        assertThat(findings.get("PART_UNASSIGNED")).as("totals that hold only if unnamed lines are of their kind")
                .isEqualTo(WORDS.get(quoted(prose, "(\\w+) totals hold only if")));
        assertThat(findings.get("YEAR_MISMATCH")).as("sentences of another year")
                .isEqualTo(WORDS.get(quoted(prose, "(\\w+) sentence speaks of")));
        assertThat(findings).containsKeys("PLAN_TOTAL_MISMATCH", "PROJECT_TOTAL_MISMATCH", "PART_MISMATCH",
                "DOCUMENT_NUMBER_MISSING", "DOCUMENT_DATE_MISSING");
        Matcher millions = Pattern.compile("\\b(\\d{1,3}\\.\\d{3})\\b").matcher(prose);
        int amounts = 0;
        while (millions.find()) {
            assertThat(messages).as("the amount the README quotes").contains(millions.group(1) + ".000.000 đồng");
            amounts++;
        }
        assertThat(amounts).as("amounts the README quotes").isEqualTo(5);
    }

    /**
     * Connecting, step by step: the system registered, the poor households of Đàm Thủy on the registry's list of 2027
     * (the walkthrough's applicant is on 2026's until its next review), the subscription acknowledged, the head of the
     * commune's first poor household found by identity number, and that search in the audit trail.
     */
    void dciStepByStep(List<JsonNode> out) {
        assertThat(out).hasSize(5);
        assertThat(out.get(0).toString()).isEqualTo("{\"senderId\":\"bhxh-caobang\",\"keyId\":\"bhxh-1\",\"active\":true}");
        JsonNode search = out.get(1);
        assertThat(search.path("status").asText()).isEqualTo("succ");
        long poor = expected.figures(List.of(expected.today(WalkthroughOutput.COMMUNE)), Status.POOR,
                WalkthroughOutput.REFORM_LIST + 1).end();
        assertThat(search.at("/pagination/total_count").asLong()).as(search.toString()).isEqualTo(poor);
        assertThat(search.path("records")).hasSize((int) Math.min(2, poor))
                .allMatch(r -> CODE.matcher(r.asText()).matches());
        assertThat(out.get(2).path("ack_status").asText()).isEqualTo("ACK");
        JsonNode member = out.get(3);
        String household = member.at("/1/1/household_id").asText();
        JsonNode registered = api.get(api.services().household(), "/api/v1/households/" + household,
                services.tokens().of("commune-officer", WalkthroughOutput.COMMUNE), 200).body();
        List<String> heads = new ArrayList<>();
        registered.path("members").forEach(m -> {
            if (m.path("relation").asText().equals("HEAD")) {
                heads.add(m.path("fullName").asText());
            }
        });
        assertThat(heads).as("the household's head").containsExactly(member.path(0).asText());
        assertThat(member.at("/1/2/poverty_status").asText()).isEqualTo("POOR");
        assertThat(member.at("/1/3/list_year").asInt()).isEqualTo(WalkthroughOutput.REFORM_LIST + 1);
        JsonNode audit = out.get(4);
        assertThat(audit.path("action").asText()).isEqualTo("DCI_SEARCH_PERSONAL");
        assertThat(audit.path("actor").asText()).isEqualTo("bhxh-caobang");
        assertThat(audit.path("purpose").asText()).startsWith("BHYT-HN");
        assertThat(audit.path("households").toString()).isEqualTo("[\"" + household + "\"]");
    }

    /** The move: the request through both chairs, and the household in its new commune, both sides in its history. */
    void moveApplied(List<JsonNode> out) {
        assertThat(out).hasSize(3);
        assertThat(out.get(0).asText()).isEqualTo("AWAITING_DESTINATION");
        assertThat(out.get(1).asText()).isEqualTo("APPLIED");
        JsonNode household = out.get(2);
        assertThat(household.path(0).asText()).isEqualTo(DESTINATION);
        assertThat(household.path(1).asText()).isEqualTo("POOR");
        JsonNode history = household.path(2);
        assertThat(history.get(history.size() - 2).toString()).isEqualTo("[\"" + WalkthroughOutput.COMMUNE
                + "\",\"OTHER_DECREASE\"]");
        assertThat(history.get(history.size() - 1).toString()).isEqualTo("[\"" + DESTINATION
                + "\",\"OTHER_INCREASE\"]");
    }

    /** The move in the two communes' lists of 2027: one "giảm khác" and one "tăng khác" more than the data made. */
    void moveCounted(List<JsonNode> out) {
        WalkthroughOutput.assertSame("the move in the lists of 2027", out, moveCounts(province, expected, 1));
    }

    /** What the move's second block prints, {@code moved} households after what the data set made. */
    static List<JsonNode> moveCounts(SyntheticProvince province, ExpectedYear expected, int moved) {
        List<JsonNode> rows = new ArrayList<>();
        for (String unit : List.of(WalkthroughOutput.COMMUNE, DESTINATION)) {
            Commune c = expected.today(unit);
            ExpectedYear.Figures f = expected.figures(List.of(c), Status.POOR, WalkthroughOutput.REFORM_LIST + 1);
            long out = f.outflows().getOrDefault("OTHER_DECREASE", 0L) + (unit.equals(DESTINATION) ? 0 : moved);
            long in = f.inflows().getOrDefault("OTHER_INCREASE", 0L) + (unit.equals(DESTINATION) ? moved : 0);
            ObjectNode row = JsonNodeFactory.instance.objectNode().put("unit", unit);
            row.set("out", out == 0 ? null : JsonNodeFactory.instance.numberNode(out));
            row.set("in", in == 0 ? null : JsonNodeFactory.instance.numberNode(in));
            rows.add(row);
        }
        return rows;
    }

    /** Trùng Khánh's audit trail as the district stood in mid-2024: the entries of its plans, all within it. */
    void audit(Ran ran) {
        List<JsonNode> out = ran.out();
        assertThat(out).hasSize(1);
        JsonNode page = out.get(0);
        assertThat(page.path("page").asInt()).as(page.toString()).isZero();
        assertThat(page.path("items")).as(page.toString()).isNotEmpty();
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(page.path("items").size());
        for (JsonNode entry : page.path("items")) {
            assertThat(entry.path("areaPath").asText()).as(entry.toString()).startsWith("/04/047/");
            assertThat(entry.path("actor").asText()).as(entry.toString()).isNotEmpty();
        }
        java.util.Set<String> actions = new java.util.TreeSet<>();
        page.path("items").forEach(e -> actions.add(e.path("action").asText()));
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("\\(([A-Z]+(?:, [A-Z]+)*)\\)")
                .matcher(ran.block());
        assertThat(quoted.find()).as("the README names the entries' actions").isTrue();
        assertThat(actions).as("the actions of the plans' entries")
                .containsExactlyInAnyOrder(quoted.group(1).split(", "));
    }

    /** The units: the counts the README quotes, Đàm Thủy found without diacritics, and what it was formed from. */
    void units(Ran ran) {
        List<JsonNode> out = ran.out();
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("(?m)\\|\\s*jq '\\.count'\\s*#\\s*(\\d+)\\s*$")
                .matcher(ran.block());
        List<Long> counts = new ArrayList<>();
        while (quoted.find()) {
            counts.add(Long.parseLong(quoted.group(1)));
        }
        assertThat(counts).as("the counts the README quotes").hasSize(2);
        assertThat(out.get(0).asLong()).as("Trùng Khánh's units on 2025-06-30").isEqualTo(counts.get(0))
                .isEqualTo(province.communesOf(DemoLoader.PLAN_UNIT).size());
        assertThat(out.get(1).asLong()).as("the province's units today").isEqualTo(counts.get(1))
                .isEqualTo(province.successors().size());
        List<String> predecessors = province.communes().stream()
                .filter(c -> province.holder(c.code(), WalkthroughOutput.REFORM_LIST).equals(WalkthroughOutput.COMMUNE))
                .map(Commune::code).toList();
        List<JsonNode> found = out.subList(2, out.size() - predecessors.size());
        List<JsonNode> formedFrom = out.subList(out.size() - predecessors.size(), out.size());
        assertThat(found).as("units found by 'dam thuy'").anySatisfy(u -> assertThat(u.get(0).asText())
                .isEqualTo(WalkthroughOutput.COMMUNE));
        for (JsonNode u : found) {
            assertThat(u.get(1).asText()).isEqualTo(anyCommune(u.get(0).asText()).name());
        }
        assertThat(formedFrom.stream().map(u -> u.get(0).asText())).as("what Đàm Thủy was formed from")
                .containsExactlyInAnyOrderElementsOf(predecessors);
        // Named as they were: a commune of today may have kept a predecessor's code, not its name.
        for (JsonNode u : formedFrom) {
            assertThat(u.get(1).asText()).isEqualTo(province.communes().stream()
                    .filter(c -> c.code().equals(u.get(0).asText())).findFirst().orElseThrow().name());
        }
    }

    /**
     * The self-assessment: the first answer whole, the second POOR under NĐ 351/2025 with the figures no source
     * confirms, and the questionnaire's 6 dimensions and 12 indicators.
     */
    void selfAssessment(Ran ran) {
        List<JsonNode> out = ran.out();
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("(\\d+) dimensions, (\\d+) indicators")
                .matcher(ran.block());
        assertThat(quoted.find()).as("the README quotes the questionnaire's size").isTrue();
        assertThat(out).hasSize(1 + 3 + Integer.parseInt(quoted.group(1)));
        assertThat(out.get(0).path("classification").path("status").asText()).as(out.get(0).toString()).isNotEmpty();
        assertThat(out.get(1).asText()).isEqualTo("POOR");
        assertThat(out.get(2).asText()).startsWith("ND-351-2025");
        assertThat(out.get(3).isArray()).isTrue();
        assertThat(out.get(3)).as("the figures no public source confirms").isNotEmpty();
        List<JsonNode> dimensions = out.subList(4, out.size());
        assertThat(dimensions.stream().mapToInt(d -> d.get(1).size()).sum()).as("indicators")
                .isEqualTo(Integer.parseInt(quoted.group(2)));
    }

    /** The reports: Trùng Khánh's of 2023, the province's before and after the reform, as the data sent make them. */
    void reports(Ran ran) {
        List<JsonNode> out = ran.out();
        assertThat(out).hasSize(5);
        List<Commune> district = province.communesOf(DemoLoader.PLAN_UNIT);
        JsonNode poverty = out.get(0);
        ExpectedYear.Figures poor = expected.figures(district, Status.POOR, DemoLoader.PLAN_YEAR);
        ExpectedYear.Figures near = expected.figures(district, Status.NEAR_POOR, DemoLoader.PLAN_YEAR);
        assertThat(poverty.at("/total/poor/end").asLong()).as("Trùng Khánh's poor on the list of 2023")
                .isEqualTo(poor.end());
        assertThat(poverty.at("/total/nearPoor/end").asLong()).isEqualTo(near.end());
        BigDecimal disbursed = ExpectedYear.disbursedPercent(plan, money);
        assertThat(out.get(1).at("/total/disbursementRatePercent").decimalValue()).as(out.get(1).path("total")
                .toString()).isEqualByComparingTo(disbursed);
        JsonNode both = out.get(2);
        assertThat(both.at("/poverty/total/poor/end").asLong()).isEqualTo(
                expected.figures(district, Status.POOR, DemoLoader.PLAN_YEAR + 1).end());
        assertThat(both.at("/spending/total/disbursementRatePercent").decimalValue()).isEqualByComparingTo(disbursed);
        JsonNode before = out.get(3);
        assertThat(before.path("grouping").asText()).isEqualTo("DISTRICTS");
        List<String> districts = new ArrayList<>();
        before.path("districts").forEach(d -> districts.add(d.path("code").asText()));
        assertThat(districts).containsExactlyInAnyOrderElementsOf(province.districts());
        JsonNode after = out.get(4);
        assertThat(after.path("grouping").asText()).isEqualTo("COMMUNES");
        List<String> communes = new ArrayList<>();
        after.path("communes").forEach(c -> communes.add(c.path("code").asText()));
        assertThat(communes).as("the 56 communes and wards").hasSize(56)
                .containsExactlyInAnyOrderElementsOf(province.successors().stream().map(Commune::code).toList());
        try (InputStream in = Files.newInputStream(ran.dir().resolve("bao-cao.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isPositive();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A commune of today, or else of before the reform. */
    private Commune anyCommune(String code) {
        return java.util.stream.Stream.concat(province.successors().stream(), province.communes().stream())
                .filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no commune " + code));
    }

    private static String quoted(String prose, String regex) {
        Matcher m = Pattern.compile(regex).matcher(prose);
        assertThat(m.find()).as("the README says " + regex).isTrue();
        return m.group(1);
    }
}

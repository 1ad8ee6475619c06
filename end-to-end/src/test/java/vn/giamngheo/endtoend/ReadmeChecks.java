package vn.giamngheo.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.giamngheo.demo.Api;
import vn.giamngheo.demo.Standard.Status;
import vn.giamngheo.demo.SyntheticProvince;
import vn.giamngheo.demo.SyntheticProvince.Commune;

/**
 * What the README's command blocks outside the walkthrough print, checked against the data the end-to-end test sent
 * and against what the README's prose says of them: the seed plan's import, connecting a system to the DCI registry,
 * and moving a household. Each takes what its block printed, as JSON values.
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

    private final Api api;
    private final PackagedServices services;
    private final SyntheticProvince province;
    private final ExpectedYear expected;

    ReadmeChecks(Api api, PackagedServices services, SyntheticProvince province, ExpectedYear expected) {
        this.api = api;
        this.services = services;
        this.province = province;
        this.expected = expected;
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

    private static String quoted(String prose, String regex) {
        Matcher m = Pattern.compile(regex).matcher(prose);
        assertThat(m.find()).as("the README says " + regex).isTrue();
        return m.group(1);
    }
}

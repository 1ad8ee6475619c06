package vn.giamngheo.endtoend;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giamngheo.demo.BetweenReviews;
import vn.giamngheo.demo.FundingActivity;
import vn.giamngheo.demo.Standard.Status;
import vn.giamngheo.demo.SyntheticProvince;
import vn.giamngheo.demo.SyntheticProvince.Commune;
import vn.giamngheo.demo.SyntheticProvince.Household;

/**
 * What the reports must say, worked out here from the data the test sent and nothing the services computed: each
 * household's status on each list, the movement each change counts as, the rates over the reported totals as
 * exact fractions, and the money by project and fund type.
 */
final class ExpectedYear {

    /** One list's figures (poor or near-poor) for a unit and a list year. */
    record Figures(long start, Map<String, Long> inflows, Map<String, Long> outflows, long end, long ethnicStart,
            long ethnicIn, long ethnicOut, long ethnicEnd) {
    }

    /** Money of a group: proposed by the plan, assigned by decisions, disbursed net of reversals. */
    record Money(long proposed, long assigned, long disbursed) {
        Money plus(Money o) {
            return new Money(proposed + o.proposed, assigned + o.assigned, disbursed + o.disbursed);
        }
    }

    private final SyntheticProvince province;
    private final BetweenReviews changes;

    ExpectedYear(SyntheticProvince province) {
        this.province = province;
        this.changes = BetweenReviews.of(province);
    }

    /** The resident households the communes reported (a commune the reform formed: those it was formed from). */
    long total(List<Commune> communes, int year) {
        return communes.stream().mapToLong(c -> province.total(c, year)).sum();
    }

    Figures figures(List<Commune> communes, Status list, int listYear) {
        long start = 0;
        long end = 0;
        long ethnicStart = 0;
        long ethnicEnd = 0;
        long ethnicIn = 0;
        long ethnicOut = 0;
        Map<String, Long> in = new TreeMap<>();
        Map<String, Long> out = new TreeMap<>();
        for (Commune c : communes) {
            for (Household h : province.householdsOnListOf(c.code(), listYear)) {
                Status before = h.statusOnList(listYear - 1);
                Status after = h.statusOnList(listYear);
                boolean dtts = h.ethnicMinority();
                if (before == list) {
                    start++;
                    ethnicStart += dtts ? 1 : 0;
                }
                if (after == list) {
                    end++;
                    ethnicEnd += dtts ? 1 : 0;
                }
                if (before == after) {
                    continue;
                }
                String kind = province.movementOnList(h, listYear);
                if (after == list) {
                    in.merge(kind, 1L, Long::sum);
                    ethnicIn += dtts ? 1 : 0;
                }
                if (before == list) {
                    out.merge(kind, 1L, Long::sum);
                    ethnicOut += dtts ? 1 : 0;
                }
            }
        }
        if (listYear == BetweenReviews.LIST) {
            // The changes between reviews that amend the list: each on its own commune's side.
            java.util.Set<String> codes = communes.stream().map(Commune::code).collect(java.util.stream.Collectors.toSet());
            List<long[]> moves = new java.util.ArrayList<>();
            for (BetweenReviews.Move m : changes.moves()) {
                if (m.household().statusOnList(listYear) != list) {
                    continue;
                }
                long dtts = m.household().ethnicMinority() ? 1 : 0;
                if (codes.contains(m.from())) {
                    out.merge("OTHER_DECREASE", 1L, Long::sum);
                    moves.add(new long[] {-1, 0, dtts, -dtts});
                }
                if (codes.contains(m.to())) {
                    in.merge("OTHER_INCREASE", 1L, Long::sum);
                    moves.add(new long[] {1, dtts, 0, dtts});
                }
            }
            changes.upheld().filter(c -> codes.contains(c.commune())).ifPresent(c -> {
                Status before = c.household().statusOnList(listYear);
                Status after = changes.statusOnList(c.household());
                long dtts = c.household().ethnicMinority() ? 1 : 0;
                if (before == list) {
                    out.merge("COMPLAINT_CORRECTION", 1L, Long::sum);
                    moves.add(new long[] {-1, 0, dtts, -dtts});
                }
                if (after == list) {
                    in.merge("COMPLAINT_CORRECTION", 1L, Long::sum);
                    moves.add(new long[] {1, dtts, 0, dtts});
                }
            });
            for (long[] m : moves) {
                end += m[0];
                ethnicIn += m[1];
                ethnicOut += m[2];
                ethnicEnd += m[3];
            }
        }
        return new Figures(start, in, out, end, ethnicStart, ethnicIn, ethnicOut, ethnicEnd);
    }

    /** The poor rate of the communes' list of a year, over their reported households, as the reports round it. */
    BigDecimal poorRate(List<Commune> communes, int listYear) {
        return ratePercent(figures(communes, Status.POOR, listYear).end(), total(communes, listYear));
    }

    /**
     * What each kind of rate target counts on the communes' list of a year, in the order the reports name them: the
     * households at the list's start and at its end (POOR_RATE, NEAR_POOR_RATE, MULTIDIMENSIONAL_RATE).
     */
    Map<String, long[]> rateTargetCounts(List<Commune> communes, int listYear) {
        Figures poor = figures(communes, Status.POOR, listYear);
        Figures near = figures(communes, Status.NEAR_POOR, listYear);
        Map<String, long[]> counts = new java.util.LinkedHashMap<>();
        counts.put("POOR_RATE", new long[] { poor.start(), poor.end() });
        counts.put("NEAR_POOR_RATE", new long[] { near.start(), near.end() });
        counts.put("MULTIDIMENSIONAL_RATE", new long[] { poor.start() + near.start(), poor.end() + near.end() });
        return counts;
    }

    /** The share of the assigned money that was disbursed, net of reversals, as the reports round it. */
    static BigDecimal disbursedPercent(JsonNode plan, List<FundingActivity.Allocation> allocations) {
        Money total = money(plan, allocations, (project, fundType) -> "TOTAL").get("TOTAL");
        return ratePercent(total.disbursed(), total.assigned());
    }

    /** A commune or ward of today, formed by the 2025 reform or kept. */
    Commune today(String code) {
        return province.successors().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no commune of today " + code));
    }

    /** The key of {@link #deprivations}' count of the households whose latest survey said what they lack. */
    static final String SURVEYED = "";

    /**
     * A list's deprivation structure in the province as the surveys sent make it: for each indicator, the poor and
     * near-poor households of the list whose latest survey found them lacking it ({poor, near-poor}); under
     * {@link #SURVEYED}, the households of the list described by a survey at all (the rest came from the opening list).
     */
    Map<String, long[]> deprivations(int listYear) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Household h : province.households()) {
            Status status = listYear == BetweenReviews.LIST ? changes.statusOnList(h) : h.statusOnList(listYear);
            SyntheticProvince.Survey latest = null;
            for (int held : SyntheticProvince.REVIEW_YEARS) {
                if (held + 1 <= listYear && h.surveys().containsKey(held)) {
                    latest = h.surveys().get(held);
                }
            }
            if (status == null || !status.listed() || latest == null) {
                continue;
            }
            int column = status == Status.POOR ? 0 : 1;
            counts.computeIfAbsent(SURVEYED, k -> new long[2])[column]++;
            // The upheld complaint's re-survey is the latest survey of its household.
            List<String> lacking = listYear == BetweenReviews.LIST && latest.heldYear() == BetweenReviews.LIST - 1
                    ? changes.lacking(h) : latest.deprivedIndicators();
            for (String code : new java.util.TreeSet<>(lacking)) {
                counts.computeIfAbsent(code, k -> new long[2])[column]++;
            }
        }
        return counts;
    }

    /** households ÷ total × 100, rounded half up to 2 decimals for display. */
    static BigDecimal ratePercent(long households, long total) {
        return BigDecimal.valueOf(households * 100).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }

    /** The change of a rate in points (after − before), exact, then rounded for display. */
    static BigDecimal changePoints(long before, long totalBefore, long after, long totalAfter) {
        BigInteger numerator = BigInteger.valueOf(after).multiply(BigInteger.valueOf(totalBefore))
                .subtract(BigInteger.valueOf(before).multiply(BigInteger.valueOf(totalAfter)))
                .multiply(BigInteger.valueOf(100));
        BigInteger denominator = BigInteger.valueOf(totalBefore).multiply(BigInteger.valueOf(totalAfter));
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP);
    }

    /** A fall of at least {@code points}, compared on the exact rates. */
    static boolean fellByAtLeast(long before, long totalBefore, long after, long totalAfter, BigDecimal points) {
        BigDecimal fall = new BigDecimal(BigInteger.valueOf(before).multiply(BigInteger.valueOf(totalAfter))
                .subtract(BigInteger.valueOf(after).multiply(BigInteger.valueOf(totalBefore)))
                .multiply(BigInteger.valueOf(100)));
        return fall.compareTo(points.multiply(BigDecimal.valueOf(totalBefore)).multiply(BigDecimal.valueOf(totalAfter))) >= 0;
    }

    /** A budget line of the plan document: its key (project[.sub-project].fund type.source), project and amount. */
    record PlanLine(String key, String project, String fundType, long amountVnd) {
    }

    static List<PlanLine> planLines(JsonNode plan) {
        List<PlanLine> out = new java.util.ArrayList<>();
        for (JsonNode project : plan.path("projects")) {
            String code = project.path("projectCode").asText();
            project.path("budgetLines").forEach(l -> out.add(line(code, l)));
            for (JsonNode sub : project.path("subProjects")) {
                String subCode = code + "." + sub.path("subProjectCode").asText();
                sub.path("budgetLines").forEach(l -> out.add(line(subCode, l)));
            }
        }
        return out;
    }

    private static PlanLine line(String project, JsonNode l) {
        String fundType = l.path("fundType").asText();
        return new PlanLine(project + "." + fundType + "." + l.path("fundSource").asText(), project, fundType,
                l.path("amountVnd").asLong());
    }

    /**
     * The plan's money by group from the plan document itself (every budget line of every project and sub-project),
     * with the allocations and payments the test sent.
     *
     * @param groupOf names a line's group: its fund type, its project, or "TOTAL"
     */
    static Map<String, Money> money(JsonNode plan, List<FundingActivity.Allocation> allocations,
            java.util.function.BiFunction<String, String, String> groupOf) {
        Map<String, Money> out = new TreeMap<>();
        for (PlanLine line : planLines(plan)) {
            out.merge(groupOf.apply(line.project(), line.fundType()), new Money(line.amountVnd(), 0, 0), Money::plus);
        }
        for (FundingActivity.Allocation a : allocations) {
            String project = a.line().subProjectCode() == null ? a.line().projectCode()
                    : a.line().projectCode() + "." + a.line().subProjectCode();
            out.merge(groupOf.apply(project, a.line().fundType()), new Money(0, a.amountVnd(), a.disbursedVnd()),
                    Money::plus);
        }
        return out;
    }
}

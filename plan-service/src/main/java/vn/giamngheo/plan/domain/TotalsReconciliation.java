package vn.giamngheo.plan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import vn.giamngheo.plan.domain.Finding.Severity;
import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;

/**
 * The stated totals against the lines they should add up to: each sub-project's and project's total, fund split,
 * fund types and sources, then the plan's, naming the likeliest omission when the plan total falls short.
 */
final class TotalsReconciliation {

    private static final String PLAN = "the plan";

    private TotalsReconciliation() {
    }

    /** A project's or sub-project's stated amounts against its lines (a project's lines include its sub-projects'). */
    static void node(String project, String sub, List<PlanDocument.BudgetLine> lines,
            PlanDocument.StatedAmounts stated, List<Finding> findings) {
        if (stated == null) {
            return;
        }
        String where = sub == null ? project : project + "." + sub;
        long total = sum(lines);
        if (stated.totalVnd() != null && stated.totalVnd() != total) {
            findings.add(Finding.amounts(Severity.ERROR, sub == null ? "PROJECT_TOTAL_MISMATCH" : "LINE_TOTAL_MISMATCH",
                    project, sub, "stated.totalVnd",
                    "The document states " + Vnd.format(stated.totalVnd()) + " for " + where + ", but its "
                            + (sub == null ? "sub-projects and lines" : "lines") + " add up to " + Vnd.format(total)
                            + ".",
                    stated.totalVnd(), total));
        }
        if (splitMisses(stated)) {
            findings.add(Finding.amounts(Severity.ERROR, "FUND_SPLIT_MISMATCH", project, sub, "stated",
                    "For " + where + " the document states ĐTPT " + Vnd.format(stated.investmentVnd()) + " + SN "
                            + Vnd.format(stated.recurrentVnd()) + ", which is not its total "
                            + Vnd.format(stated.totalVnd()) + ".",
                    stated.totalVnd(), stated.investmentVnd() + stated.recurrentVnd()));
        }
        parts(where, project, sub, "stated", lines, stated, findings);
    }

    /** The plan's stated totals against all its lines. */
    static void plan(PlanDocument doc, Map<String, Long> nodeTotals, List<Finding> findings) {
        List<PlanDocument.BudgetLine> all = doc.projectList().stream().flatMap(p -> {
            List<PlanDocument.BudgetLine> l = new ArrayList<>(p.lines());
            p.subs().forEach(s -> l.addAll(s.lines()));
            return l.stream();
        }).toList();
        PlanDocument.StatedAmounts stated = doc.statedTotals();
        if (stated == null) {
            return;
        }
        long total = sum(all);
        if (stated.totalVnd() != null && stated.totalVnd() != total) {
            findings.add(Finding.amounts(Severity.ERROR, "PLAN_TOTAL_MISMATCH", null, null, "statedTotals.totalVnd",
                    "The document states a total of " + Vnd.format(stated.totalVnd()) + ", but its projects add up to "
                            + Vnd.format(total) + "." + omissionHint(stated.totalVnd(), doc, nodeTotals),
                    stated.totalVnd(), total));
        }
        if (splitMisses(stated)) {
            findings.add(Finding.amounts(Severity.ERROR, "FUND_SPLIT_MISMATCH", null, null, "statedTotals",
                    "The document states ĐTPT " + Vnd.format(stated.investmentVnd()) + " + SN "
                            + Vnd.format(stated.recurrentVnd()) + ", which is not its total "
                            + Vnd.format(stated.totalVnd()) + ".",
                    stated.totalVnd(), stated.investmentVnd() + stated.recurrentVnd()));
        }
        parts(PLAN, null, null, "statedTotals", all, stated, findings);
    }

    /** What a project or sub-project counts towards the plan total: its stated total, else what its lines add to. */
    static long countedTotal(PlanDocument.StatedAmounts stated, List<PlanDocument.BudgetLine> lines) {
        return stated != null && stated.totalVnd() != null ? stated.totalVnd() : sum(lines);
    }

    private static boolean splitMisses(PlanDocument.StatedAmounts stated) {
        return stated.totalVnd() != null && stated.investmentVnd() != null && stated.recurrentVnd() != null
                && stated.investmentVnd() + stated.recurrentVnd() != stated.totalVnd();
    }

    /** The stated fund types and sources against the lines of each. */
    private static void parts(String where, String project, String sub, String prefix,
            List<PlanDocument.BudgetLine> lines, PlanDocument.StatedAmounts stated, List<Finding> findings) {
        long unspecifiedType = sumWhere(lines, l -> l.fundType() == FundType.UNSPECIFIED);
        byPart(where, project, sub, prefix + ".investmentVnd", "ĐTPT", stated.investmentVnd(),
                sumWhere(lines, l -> l.fundType() == FundType.INVESTMENT), unspecifiedType, findings);
        byPart(where, project, sub, prefix + ".recurrentVnd", "SN", stated.recurrentVnd(),
                sumWhere(lines, l -> l.fundType() == FundType.RECURRENT), unspecifiedType, findings);
        if (stated.bySourceVnd() != null) {
            long unspecifiedSource = sumWhere(lines, l -> l.fundSource() == FundSource.UNSPECIFIED);
            stated.bySourceVnd().forEach((source, amount) -> byPart(where, project, sub,
                    prefix + ".bySourceVnd." + source, source.label(), amount,
                    sumWhere(lines, l -> l.fundSource() == source), unspecifiedSource, findings));
        }
    }

    /**
     * A stated part (a fund type, a source) against the lines: exact when every line says which part it is;
     * otherwise it can only be within [lines of that part, those plus the lines that do not say].
     */
    private static void byPart(String where, String project, String sub, String field, String part, Long stated,
            long specified, long unspecified, List<Finding> findings) {
        if (stated == null) {
            return;
        }
        if (stated < specified || stated > specified + unspecified) {
            String why = stated < specified
                    ? "its lines of " + part + " alone add up to " + Vnd.format(specified)
                    : "its lines of " + part + " add up to " + Vnd.format(specified) + (unspecified > 0
                            ? ", and even with all " + Vnd.format(unspecified) + " of lines that do not say, to "
                                    + Vnd.format(specified + unspecified)
                            : "");
            findings.add(Finding.amounts(Severity.ERROR, "PART_MISMATCH", project, sub, field,
                    "The document states " + part + " " + Vnd.format(stated) + " for " + where + ", but " + why + ".",
                    stated, specified));
        } else if (stated != specified) {
            findings.add(Finding.amounts(Severity.WARNING, "PART_UNASSIGNED", project, sub, field,
                    "The document states " + part + " " + Vnd.format(stated) + " for " + where + "; lines marked "
                            + part + " hold " + Vnd.format(specified) + ", and " + Vnd.format(unspecified)
                            + " of lines do not say: the figure holds only if " + Vnd.format(stated - specified)
                            + " of those are " + part + ".",
                    stated, specified));
        }
    }

    /**
     * When the stated total equals the projects' own stated totals without exactly one project or sub-project, say
     * which: the likeliest explanation, for the officer to confirm.
     */
    private static String omissionHint(long statedTotal, PlanDocument doc, Map<String, Long> nodeTotals) {
        long projectsAsStated = doc.projectList().stream().mapToLong(p -> nodeTotals.get(p.projectCode())).sum();
        if (projectsAsStated == statedTotal) {
            return " It equals the projects' own stated totals, so some project's stated total differs from its lines.";
        }
        List<String> candidates = nodeTotals.entrySet().stream()
                .filter(e -> projectsAsStated - e.getValue() == statedTotal).map(Map.Entry::getKey).toList();
        if (candidates.size() == 1) {
            return " It equals the projects' stated totals without " + candidates.get(0) + " ("
                    + Vnd.format(nodeTotals.get(candidates.get(0))) + "): was it left out of the total?";
        }
        return "";
    }

    private static long sum(List<PlanDocument.BudgetLine> lines) {
        return lines.stream().mapToLong(PlanDocument.BudgetLine::amountVnd).sum();
    }

    private static long sumWhere(List<PlanDocument.BudgetLine> lines, Predicate<PlanDocument.BudgetLine> p) {
        return lines.stream().filter(p).mapToLong(PlanDocument.BudgetLine::amountVnd).sum();
    }
}

package vn.giamngheo.plan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.giamngheo.plan.domain.Finding.Severity;
import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;
import vn.giamngheo.platform.events.payload.PopulationGroup;
import vn.giamngheo.platform.events.payload.TargetKind;
import vn.giamngheo.platform.refdata.ProgramCatalog;

/**
 * Checks a plan the way a careful reader at the province would (DOMAIN.md §4): each line's parts against its
 * total, each project against its sub-projects, the totals by fund type and source against the lines, the plan
 * total against the projects, the years in the text against the plan's year. Projects are matched to the program
 * catalog by code. It reports; it never changes a figure.
 */
public final class PlanValidator {

    private final ProgramCatalog catalog;

    public PlanValidator(ProgramCatalog catalog) {
        this.catalog = catalog;
    }

    /** A field of the document that makes it unacceptable as input. */
    public record FieldProblem(String field, String message) {
    }

    /**
     * What makes the document unacceptable, not merely inconsistent: codes the program does not have, the same
     * project, sub-project, line or indicator twice.
     */
    public List<FieldProblem> structuralProblems(PlanDocument doc) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> projects = new HashSet<>();
        Set<String> indicatorKeys = new HashSet<>();
        List<PlanDocument.Project> list = doc.projectList();
        for (int p = 0; p < list.size(); p++) {
            PlanDocument.Project project = list.get(p);
            String at = "projects[" + p + "]";
            if (catalog.find(project.projectCode(), null).isEmpty()) {
                problems.add(new FieldProblem(at + ".projectCode", "the program has no project " + project.projectCode()));
                continue;
            }
            if (!projects.add(project.projectCode())) {
                problems.add(new FieldProblem(at + ".projectCode", project.projectCode() + " appears twice; give each project once"));
            }
            duplicateLines(project.lines(), at, problems);
            duplicateIndicators(project.indicators(), at, indicatorKeys, problems);
            Set<String> subs = new HashSet<>();
            for (int s = 0; s < project.subs().size(); s++) {
                PlanDocument.SubProject sub = project.subs().get(s);
                String subAt = at + ".subProjects[" + s + "]";
                if (catalog.find(project.projectCode(), sub.subProjectCode()).isEmpty()) {
                    String known = String.join(", ", catalog.subProjectsOf(project.projectCode()).stream()
                            .map(ProgramCatalog.Entry::subProjectCode).toList());
                    problems.add(new FieldProblem(subAt + ".subProjectCode", project.projectCode() + " has no sub-project "
                            + sub.subProjectCode() + (known.isEmpty() ? "; it has none" : "; it has " + known)));
                }
                if (!subs.add(sub.subProjectCode())) {
                    problems.add(new FieldProblem(subAt + ".subProjectCode", sub.subProjectCode() + " appears twice in "
                            + project.projectCode()));
                }
                duplicateLines(sub.lines(), subAt, problems);
                duplicateIndicators(sub.indicators(), subAt, indicatorKeys, problems);
            }
        }
        return problems;
    }

    private static void duplicateLines(List<PlanDocument.BudgetLine> lines, String at, List<FieldProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            PlanDocument.BudgetLine l = lines.get(i);
            if (!seen.add(l.fundType() + "/" + l.fundSource())) {
                problems.add(new FieldProblem(at + ".budgetLines[" + i + "]", "a second line of fund type "
                        + l.fundType() + " from source " + l.fundSource() + "; merge it with the first"));
            }
        }
    }

    private static void duplicateIndicators(List<PlanDocument.OutputIndicator> indicators, String at, Set<String> keys,
            List<FieldProblem> problems) {
        for (int i = 0; i < indicators.size(); i++) {
            if (!keys.add(indicators.get(i).key())) {
                problems.add(new FieldProblem(at + ".outputIndicators[" + i + "].key", "the key "
                        + indicators.get(i).key() + " is used twice in the plan; keys must be unique"));
            }
        }
    }

    /** Every inconsistency the document holds, errors first. */
    public List<Finding> validate(PlanDocument doc) {
        List<Finding> findings = new ArrayList<>();
        checkDocument(doc, findings);
        checkYears(doc, findings);
        checkTargets(doc, findings);
        Map<String, Long> nodeTotals = new LinkedHashMap<>();
        for (PlanDocument.Project project : doc.projectList()) {
            checkProject(project, findings, nodeTotals);
        }
        checkPlanTotals(doc, findings, nodeTotals);
        findings.sort((a, b) -> a.severity().compareTo(b.severity()));
        return findings;
    }

    private void checkDocument(PlanDocument doc, List<Finding> findings) {
        PlanDocument.DocumentInfo d = doc.document();
        if (d == null || blank(d.number())) {
            findings.add(Finding.note(Severity.WARNING, "DOCUMENT_NUMBER_MISSING", null, null, "document.number",
                    "The document has no number (\"Số: " + (d == null || d.symbol() == null ? "" : d.symbol())
                            + "\"): give it one before the plan is issued."));
        }
        if (d == null || d.date() == null) {
            findings.add(Finding.note(Severity.WARNING, "DOCUMENT_DATE_MISSING", null, null, "document.date",
                    "The document has no complete date" + (d != null && d.dateAsWritten() != null
                            ? " (it reads \"" + d.dateAsWritten() + "\")" : "") + ": fill in the day."));
        }
        if (d == null || blank(d.signer())) {
            findings.add(Finding.note(Severity.WARNING, "DOCUMENT_SIGNER_MISSING", null, null, "document.signer",
                    "The document names no signer."));
        }
    }

    private static void checkYears(PlanDocument doc, List<Finding> findings) {
        if (doc.yearReferences() == null) {
            return;
        }
        for (PlanDocument.YearReference ref : doc.yearReferences()) {
            if (Boolean.TRUE.equals(ref.refersToPlanYear()) && !Objects.equals(ref.year(), doc.year())) {
                findings.add(Finding.note(Severity.WARNING, "YEAR_MISMATCH", null, null, "yearReferences",
                        "The text speaks of the plan's year as " + ref.year() + ", but the plan is for " + doc.year()
                                + ": \"" + ref.text() + "\""));
            }
        }
    }

    private static void checkTargets(PlanDocument doc, List<Finding> findings) {
        for (PopulationGroup group : PopulationGroup.values()) {
            Optional<BigDecimal> multi = points(doc, TargetKind.MULTIDIMENSIONAL_RATE, group);
            Optional<BigDecimal> poor = points(doc, TargetKind.POOR_RATE, group);
            Optional<BigDecimal> near = points(doc, TargetKind.NEAR_POOR_RATE, group);
            if (multi.isPresent() && poor.isPresent() && near.isPresent()
                    && multi.get().compareTo(poor.get().add(near.get())) != 0) {
                findings.add(Finding.note(Severity.WARNING, "TARGET_SUM_MISMATCH", null, null, "targets",
                        "The multidimensional poverty rate is the poor rate plus the near-poor rate, but the targets"
                                + " for " + group + " are " + multi.get() + " points ≠ " + poor.get() + " + "
                                + near.get() + " points."));
            }
        }
    }

    private static Optional<BigDecimal> points(PlanDocument doc, TargetKind kind, PopulationGroup group) {
        return doc.targetList().stream().filter(t -> t.kind() == kind && t.populationGroup() == group)
                .map(PlanDocument.Target::points).filter(Objects::nonNull).findFirst();
    }

    private void checkProject(PlanDocument.Project project, List<Finding> findings, Map<String, Long> nodeTotals) {
        String code = project.projectCode();
        catalog.find(code, null).ifPresent(entry -> titleCheck(entry, project.title(), code, null, findings));
        if (!catalog.subProjectsOf(code).isEmpty() && !project.lines().isEmpty()) {
            findings.add(Finding.note(Severity.WARNING, "LINES_ABOVE_SUB_PROJECT_LEVEL", code, null, "budgetLines",
                    code + " has sub-projects in the program, but the plan gives money to the project as a whole:"
                            + " allocations can then not be traced to a sub-project."));
        }
        List<PlanDocument.BudgetLine> allLines = new ArrayList<>(project.lines());
        for (PlanDocument.SubProject sub : project.subs()) {
            catalog.find(code, sub.subProjectCode())
                    .ifPresent(entry -> titleCheck(entry, sub.title(), code, sub.subProjectCode(), findings));
            checkNode(code, sub.subProjectCode(), sub.lines(), sub.stated(), findings);
            long subTotal = sum(sub.lines());
            nodeTotals.put(code + "." + sub.subProjectCode(),
                    sub.stated() != null && sub.stated().totalVnd() != null ? sub.stated().totalVnd() : subTotal);
            allLines.addAll(sub.lines());
        }
        checkNode(code, null, allLines, project.stated(), findings);
        long projectTotal = sum(allLines);
        nodeTotals.put(code, project.stated() != null && project.stated().totalVnd() != null
                ? project.stated().totalVnd() : projectTotal);
    }

    private static void titleCheck(ProgramCatalog.Entry entry, String title, String project, String sub,
            List<Finding> findings) {
        if (title != null && !normalise(title).equals(normalise(entry.name()))) {
            findings.add(Finding.note(Severity.INFO, "TITLE_DIFFERS_FROM_CATALOG", project, sub, "title",
                    "The document calls " + entry.code() + " \"" + title + "\"; the program calls it \"" + entry.name()
                            + "\". Matched by code."));
        }
    }

    /** A project's or sub-project's stated amounts against its lines (a project's lines include its sub-projects'). */
    private static void checkNode(String project, String sub, List<PlanDocument.BudgetLine> lines,
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
        if (stated.totalVnd() != null && stated.investmentVnd() != null && stated.recurrentVnd() != null
                && stated.investmentVnd() + stated.recurrentVnd() != stated.totalVnd()) {
            findings.add(Finding.amounts(Severity.ERROR, "FUND_SPLIT_MISMATCH", project, sub, "stated",
                    "For " + where + " the document states ĐTPT " + Vnd.format(stated.investmentVnd()) + " + SN "
                            + Vnd.format(stated.recurrentVnd()) + ", which is not its total "
                            + Vnd.format(stated.totalVnd()) + ".",
                    stated.totalVnd(), stated.investmentVnd() + stated.recurrentVnd()));
        }
        long unspecifiedType = sumWhere(lines, l -> l.fundType() == FundType.UNSPECIFIED);
        byPart(where, project, sub, "stated.investmentVnd", "ĐTPT", stated.investmentVnd(),
                sumWhere(lines, l -> l.fundType() == FundType.INVESTMENT), unspecifiedType, findings);
        byPart(where, project, sub, "stated.recurrentVnd", "SN", stated.recurrentVnd(),
                sumWhere(lines, l -> l.fundType() == FundType.RECURRENT), unspecifiedType, findings);
        if (stated.bySourceVnd() != null) {
            long unspecifiedSource = sumWhere(lines, l -> l.fundSource() == FundSource.UNSPECIFIED);
            stated.bySourceVnd().forEach((source, amount) -> byPart(where, project, sub, "stated.bySourceVnd." + source,
                    source.label(), amount, sumWhere(lines, l -> l.fundSource() == source), unspecifiedSource, findings));
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

    private static void checkPlanTotals(PlanDocument doc, List<Finding> findings, Map<String, Long> nodeTotals) {
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
        if (stated.totalVnd() != null && stated.investmentVnd() != null && stated.recurrentVnd() != null
                && stated.investmentVnd() + stated.recurrentVnd() != stated.totalVnd()) {
            findings.add(Finding.amounts(Severity.ERROR, "FUND_SPLIT_MISMATCH", null, null, "statedTotals",
                    "The document states ĐTPT " + Vnd.format(stated.investmentVnd()) + " + SN "
                            + Vnd.format(stated.recurrentVnd()) + ", which is not its total "
                            + Vnd.format(stated.totalVnd()) + ".",
                    stated.totalVnd(), stated.investmentVnd() + stated.recurrentVnd()));
        }
        long unspecifiedType = sumWhere(all, l -> l.fundType() == FundType.UNSPECIFIED);
        byPart("the plan", null, null, "statedTotals.investmentVnd", "ĐTPT", stated.investmentVnd(),
                sumWhere(all, l -> l.fundType() == FundType.INVESTMENT), unspecifiedType, findings);
        byPart("the plan", null, null, "statedTotals.recurrentVnd", "SN", stated.recurrentVnd(),
                sumWhere(all, l -> l.fundType() == FundType.RECURRENT), unspecifiedType, findings);
        if (stated.bySourceVnd() != null) {
            long unspecifiedSource = sumWhere(all, l -> l.fundSource() == FundSource.UNSPECIFIED);
            stated.bySourceVnd().forEach((source, amount) -> byPart("the plan", null, null,
                    "statedTotals.bySourceVnd." + source, source.label(), amount,
                    sumWhere(all, l -> l.fundSource() == source), unspecifiedSource, findings));
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

    private static long sumWhere(List<PlanDocument.BudgetLine> lines,
            java.util.function.Predicate<PlanDocument.BudgetLine> p) {
        return lines.stream().filter(p).mapToLong(PlanDocument.BudgetLine::amountVnd).sum();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String normalise(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).trim().toLowerCase()
                .replaceAll("\\s+", " ");
    }
}

package vn.giamngheo.plan.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.giamngheo.platform.refdata.ProgramCatalog;

/**
 * Checks a plan the way a careful reader at the province would (DOMAIN.md §4): each line's parts against its
 * total, each project against its sub-projects, the totals by fund type and source against the lines, the plan
 * total against the projects, the years in the text against the plan's year. Projects are matched to the program
 * catalog by code. It reports; it never changes a figure.
 */
public final class PlanValidator {

    private final PlanStructure structure;
    private final CatalogChecks catalogChecks;

    public PlanValidator(ProgramCatalog catalog) {
        this.structure = new PlanStructure(catalog);
        this.catalogChecks = new CatalogChecks(catalog);
    }

    /** A field of the document that makes it unacceptable as input. */
    public record FieldProblem(String field, String message) {
    }

    /**
     * What makes the document unacceptable, not merely inconsistent: codes the program does not have, the same
     * project, sub-project, line or indicator twice.
     */
    public List<FieldProblem> structuralProblems(PlanDocument doc) {
        return structure.problems(doc);
    }

    /** Every inconsistency the document holds, errors first. */
    public List<Finding> validate(PlanDocument doc) {
        List<Finding> findings = new ArrayList<>();
        DocumentChecks.identity(doc, findings);
        DocumentChecks.years(doc, findings);
        DocumentChecks.targets(doc, findings);
        Map<String, Long> nodeTotals = new LinkedHashMap<>();
        for (PlanDocument.Project project : doc.projectList()) {
            checkProject(project, findings, nodeTotals);
        }
        TotalsReconciliation.plan(doc, nodeTotals, findings);
        // Stable: within a severity, findings stay in the document's order.
        findings.sort((a, b) -> a.severity().compareTo(b.severity()));
        return findings;
    }

    /**
     * One project in document order, catalog and amount checks interleaved as the reader meets them, so that the
     * findings of one severity keep that order.
     */
    private void checkProject(PlanDocument.Project project, List<Finding> findings, Map<String, Long> nodeTotals) {
        String code = project.projectCode();
        catalogChecks.project(project, findings);
        List<PlanDocument.BudgetLine> allLines = new ArrayList<>(project.lines());
        for (PlanDocument.SubProject sub : project.subs()) {
            catalogChecks.subProject(code, sub, findings);
            TotalsReconciliation.node(code, sub.subProjectCode(), sub.lines(), sub.stated(), findings);
            nodeTotals.put(code + "." + sub.subProjectCode(), TotalsReconciliation.countedTotal(sub.stated(), sub.lines()));
            allLines.addAll(sub.lines());
        }
        TotalsReconciliation.node(code, null, allLines, project.stated(), findings);
        nodeTotals.put(code, TotalsReconciliation.countedTotal(project.stated(), allLines));
    }
}

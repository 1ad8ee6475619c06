package vn.giamngheo.plan.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.giamngheo.plan.domain.PlanValidator.FieldProblem;
import vn.giamngheo.platform.refdata.ProgramCatalog;
import vn.giamngheo.platform.web.rules.VndCeiling;

/**
 * What makes a document unacceptable as input, not merely inconsistent: codes the program does not have, the same
 * project, sub-project, line or indicator twice.
 */
final class PlanStructure {

    private final ProgramCatalog catalog;

    PlanStructure(ProgramCatalog catalog) {
        this.catalog = catalog;
    }

    List<FieldProblem> problems(PlanDocument doc) {
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
            subProjects(project, at, indicatorKeys, problems);
        }
        List<Long> amounts = new ArrayList<>();
        for (PlanDocument.Project project : list) {
            project.lines().forEach(l -> amounts.add(l.amountVnd()));
            project.subs().forEach(sub -> sub.lines().forEach(l -> amounts.add(l.amountVnd())));
        }
        if (VndCeiling.sum(amounts).isEmpty()) {
            problems.add(new FieldProblem("projects", "the budget lines add up to more than 1,000,000,000,000,000 đồng"
                    + " (10^15); check the amounts for a typing error"));
        }
        return problems;
    }

    private void subProjects(PlanDocument.Project project, String at, Set<String> indicatorKeys,
            List<FieldProblem> problems) {
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
}

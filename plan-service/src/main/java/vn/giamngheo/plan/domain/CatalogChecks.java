package vn.giamngheo.plan.domain;

import java.text.Normalizer;
import java.util.List;

import vn.giamngheo.plan.domain.Finding.Severity;
import vn.giamngheo.platform.refdata.ProgramCatalog;

/** A project or sub-project against the program catalog it is matched to by code: its title and where its money sits. */
final class CatalogChecks {

    private final ProgramCatalog catalog;

    CatalogChecks(ProgramCatalog catalog) {
        this.catalog = catalog;
    }

    void project(PlanDocument.Project project, List<Finding> findings) {
        String code = project.projectCode();
        catalog.find(code, null).ifPresent(entry -> title(entry, project.title(), code, null, findings));
        if (!catalog.subProjectsOf(code).isEmpty() && !project.lines().isEmpty()) {
            findings.add(Finding.note(Severity.WARNING, "LINES_ABOVE_SUB_PROJECT_LEVEL", code, null, "budgetLines",
                    code + " has sub-projects in the program, but the plan gives money to the project as a whole:"
                            + " allocations can then not be traced to a sub-project."));
        }
    }

    void subProject(String code, PlanDocument.SubProject sub, List<Finding> findings) {
        catalog.find(code, sub.subProjectCode())
                .ifPresent(entry -> title(entry, sub.title(), code, sub.subProjectCode(), findings));
    }

    private static void title(ProgramCatalog.Entry entry, String title, String project, String sub,
            List<Finding> findings) {
        if (title != null && !normalise(title).equals(normalise(entry.name()))) {
            findings.add(Finding.note(Severity.INFO, "TITLE_DIFFERS_FROM_CATALOG", project, sub, "title",
                    "The document calls " + entry.code() + " \"" + title + "\"; the program calls it \"" + entry.name()
                            + "\". Matched by code."));
        }
    }

    private static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).trim().toLowerCase().replaceAll("\\s+", " ");
    }
}

package vn.giamngheo.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;
import vn.giamngheo.platform.refdata.ProgramCatalog;

/** Projects matched to the catalog by code: a differing title is noted, money above the sub-projects warned of. */
class CatalogChecksTests {

    private final CatalogChecks checks = new CatalogChecks(ProgramCatalog.get());

    @ParameterizedTest(name = "{0} titled ''{1}'', with a line of its own {2} → {3}")
    @CsvSource(nullValues = "none", value = {
            // project, title (CATALOG: the catalog's own, in other case and spacing), line on the project, findings
            "DA2, CATALOG,               false, ''",
            "DA2, none,                  true,  ''",
            "DA2, 'Một tên khác hẳn',    false, TITLE_DIFFERS_FROM_CATALOG",
            "DA1, none,                  true,  LINES_ABOVE_SUB_PROJECT_LEVEL",
            "DA1, 'Một tên khác hẳn',    true,  TITLE_DIFFERS_FROM_CATALOG LINES_ABOVE_SUB_PROJECT_LEVEL"})
    void shouldNoteWhatDiffersFromTheCatalog(String code, String title, boolean ownLine, String codes) {
        String stated = "CATALOG".equals(title)
                ? "  " + ProgramCatalog.get().find(code, null).orElseThrow().name().toUpperCase().replace(" ", "   ")
                : title;
        List<PlanDocument.BudgetLine> lines = ownLine
                ? List.of(new PlanDocument.BudgetLine(FundType.RECURRENT, FundSource.LOCAL_BUDGET, 1L)) : List.of();
        List<Finding> findings = new ArrayList<>();
        checks.project(new PlanDocument.Project(code, stated, null, lines, null, null, null, null), findings);
        assertThat(findings).extracting(Finding::code)
                .containsExactlyElementsOf(codes.isEmpty() ? List.of() : List.of(codes.split(" ")));
    }
}

package vn.giamngheo.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;
import vn.giamngheo.platform.refdata.ProgramCatalog;

/** A document is refused whole for codes the program lacks and for anything given twice, naming the field. */
class PlanStructureTests {

    private final PlanStructure structure = new PlanStructure(ProgramCatalog.get());

    @ParameterizedTest(name = "{0} then {1} → {2}")
    @CsvSource(nullValues = "none", value = {
            // first project (code[.sub][:indicator]), second project, fields refused
            "DA4.TDA1,   DA5,          none",
            "DA8,        DA5,          projects[0].projectCode",
            "DA5,        DA5,          projects[1].projectCode",
            "DA4.TDA4,   DA5,          projects[0].subProjects[0].subProjectCode",
            "DA2.TDA1,   DA5,          projects[0].subProjects[0].subProjectCode",
            "DA4.TDA1:k, DA5:k,        projects[1].outputIndicators[0].key",
            "DA4.TDA1:k, DA4.TDA2,     projects[1].projectCode"})
    void shouldNameWhatMakesTheDocumentUnacceptable(String first, String second, String field) {
        PlanDocument doc = new PlanDocument("047", 2023, null, null, null, null,
                List.of(project(first), project(second)), null, null);
        assertThat(structure.problems(doc)).extracting(PlanValidator.FieldProblem::field)
                .containsExactlyElementsOf(field == null ? List.of() : List.of(field));
    }

    private static PlanDocument.Project project(String spec) {
        String[] parts = spec.split(":");
        String[] codes = parts[0].split("\\.");
        List<PlanDocument.OutputIndicator> indicators = parts.length > 1
                ? List.of(new PlanDocument.OutputIndicator(parts[1], "lượt người", "lượt", BigDecimal.TEN, null))
                : List.of();
        List<PlanDocument.BudgetLine> lines = List.of(
                new PlanDocument.BudgetLine(FundType.RECURRENT, FundSource.LOCAL_BUDGET, 1L));
        if (codes.length == 1) {
            return new PlanDocument.Project(codes[0], null, null, lines, null, null, indicators, null);
        }
        return new PlanDocument.Project(codes[0], null, null, null, null, null, null,
                List.of(new PlanDocument.SubProject(codes[1], null, null, lines, null, null, indicators)));
    }
}

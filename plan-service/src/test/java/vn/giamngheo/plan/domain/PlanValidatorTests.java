package vn.giamngheo.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.plan.domain.Finding.Severity;
import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;
import vn.giamngheo.platform.refdata.ProgramCatalog;

/** The seed's real inconsistencies, found and explained; figures that add up raise nothing. */
class PlanValidatorTests {

    private static final long M = 1_000_000L;
    private final PlanValidator validator = new PlanValidator(ProgramCatalog.get());

    static PlanDocument seed() {
        try (InputStream in = PlanValidatorTests.class.getResourceAsStream("/examples/trung-khanh-2023-plan.json")) {
            return new ObjectMapper().findAndRegisterModules().readValue(in, PlanDocument.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldFindTheSeedsProjectThreeTotalNineMillionAboveItsSubProjects() {
        assertThat(validator.validate(seed())).filteredOn(f -> f.code().equals("PROJECT_TOTAL_MISMATCH"))
                .extracting(Finding::severity, Finding::projectCode, Finding::statedVnd, Finding::computedVnd,
                        Finding::differenceVnd)
                .containsExactly(tuple(Severity.ERROR, "DA3", 7_206 * M, 7_197 * M, 9 * M));
    }

    @Test
    void shouldFindThePlanTotalShortOfItsProjectsAndNameTheLikelyOmission() {
        Finding total = only(validator.validate(seed()), "PLAN_TOTAL_MISMATCH");
        assertThat(total.severity()).isEqualTo(Severity.ERROR);
        assertThat(total.statedVnd()).isEqualTo(158_914 * M);
        assertThat(total.computedVnd()).isEqualTo(224_523 * M);
        assertThat(total.differenceVnd()).isEqualTo(-65_609 * M);
        assertThat(total.message()).contains("without DA1.TDA2 (65.618.000.000 đồng)");
    }

    @Test
    void shouldFindTheStatedInvestmentBelowTheInvestmentLines() {
        assertThat(validator.validate(seed()))
                .filteredOn(f -> f.code().equals("PART_MISMATCH") && f.projectCode() == null)
                .extracting(Finding::field, Finding::statedVnd, Finding::computedVnd)
                .containsExactly(tuple("statedTotals.investmentVnd", 104_905 * M, 164_558 * M));
    }

    @Test
    void shouldWarnWhereAFigureHoldsOnlyIfUnassignedLinesAreOfThatKind() {
        assertThat(validator.validate(seed())).filteredOn(f -> f.code().equals("PART_UNASSIGNED"))
                .extracting(Finding::projectCode, Finding::field, Finding::statedVnd, Finding::computedVnd)
                .containsExactlyInAnyOrder(
                        tuple("DA4", "stated.recurrentVnd", 4_458 * M, 783 * M),
                        tuple("DA4", "stated.bySourceVnd.CENTRAL_BUDGET", 4_881 * M, 0L),
                        tuple(null, "statedTotals.recurrentVnd", 54_009 * M, 17_195 * M),
                        tuple(null, "statedTotals.bySourceVnd.CENTRAL_BUDGET", 158_914 * M, 6_558 * M));
    }

    @Test
    void shouldFindTheYear2022WhereThePlanSpeaksOfItsOwnYear() {
        Finding year = only(validator.validate(seed()), "YEAR_MISMATCH");
        assertThat(year.severity()).isEqualTo(Severity.WARNING);
        assertThat(year.message()).contains("2022").contains("trên địa bàn huyện Trùng Khánh");
    }

    @Test
    void shouldWarnOfTheBlankNumberAndDay() {
        assertThat(validator.validate(seed())).extracting(Finding::code)
                .contains("DOCUMENT_NUMBER_MISSING", "DOCUMENT_DATE_MISSING")
                .doesNotContain("DOCUMENT_SIGNER_MISSING");
    }

    @Test
    void shouldNoteTitlesThatDifferFromTheCatalogButMatchByCode() {
        assertThat(validator.validate(seed())).filteredOn(f -> f.code().equals("TITLE_DIFFERS_FROM_CATALOG"))
                .allMatch(f -> f.severity() == Severity.INFO)
                .extracting(f -> f.projectCode() + (f.subProjectCode() == null ? "" : "." + f.subProjectCode()))
                .contains("DA6", "DA7", "DA7.TDA1")
                .doesNotContain("DA2", "DA3.TDA2", "DA6.TDA2");
    }

    @Test
    void shouldRaiseNothingWhereTheFiguresAddUp() {
        List<Finding> findings = validator.validate(seed());
        // DA1's, DA4's, DA6's and DA7's sub-projects add up to their stated totals, and ĐTPT + SN to each total.
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(Finding::code, Finding::projectCode)
                .containsExactlyInAnyOrder(tuple("PROJECT_TOTAL_MISMATCH", "DA3"), tuple("PLAN_TOTAL_MISMATCH", null),
                        tuple("PART_MISMATCH", null));
        assertThat(findings).noneMatch(f -> f.code().equals("FUND_SPLIT_MISMATCH"))
                .noneMatch(f -> f.code().equals("TARGET_SUM_MISMATCH"));
    }

    @Test
    void shouldFindALineWhoseFundSplitMissesItsTotalByOneDong() {
        PlanDocument.SubProject sub = new PlanDocument.SubProject("TDA1", null, null,
                List.of(new PlanDocument.BudgetLine(FundType.INVESTMENT, FundSource.CENTRAL_BUDGET, 500L),
                        new PlanDocument.BudgetLine(FundType.RECURRENT, FundSource.CENTRAL_BUDGET, 499L)),
                new PlanDocument.StatedAmounts(1_000L, 500L, 500L, null), null, null);
        PlanDocument doc = withProjects(List.of(new PlanDocument.Project("DA3", null, null, null, null, null, null,
                List.of(sub))));
        assertThat(validator.validate(doc)).extracting(Finding::code, Finding::differenceVnd)
                .contains(tuple("LINE_TOTAL_MISMATCH", 1L), tuple("PART_MISMATCH", 1L));
    }

    @Test
    void shouldRefuseCodesTheProgramDoesNotHave() {
        PlanDocument doc = withProjects(List.of(
                new PlanDocument.Project("DA2", null, null, null, null, null, null,
                        List.of(new PlanDocument.SubProject("TDA1", null, null, null, null, null, null))),
                new PlanDocument.Project("DA4", null, null, null, null, null, null,
                        List.of(new PlanDocument.SubProject("TDA4", null, null, null, null, null, null)))));
        assertThat(validator.structuralProblems(doc)).extracting(PlanValidator.FieldProblem::field)
                .containsExactly("projects[0].subProjects[0].subProjectCode", "projects[1].subProjects[0].subProjectCode");
    }

    @Test
    void shouldRefuseTheSameLineTwice() {
        PlanDocument doc = withProjects(List.of(new PlanDocument.Project("DA5", null, null,
                List.of(new PlanDocument.BudgetLine(FundType.RECURRENT, FundSource.LOCAL_BUDGET, 1L),
                        new PlanDocument.BudgetLine(FundType.RECURRENT, FundSource.LOCAL_BUDGET, 2L)),
                null, null, null, List.of())));
        assertThat(validator.structuralProblems(doc)).extracting(PlanValidator.FieldProblem::field)
                .containsExactly("projects[0].budgetLines[1]");
    }

    @Test
    void shouldAcceptTheSeedsStructure() {
        assertThat(validator.structuralProblems(seed())).isEmpty();
    }

    private static PlanDocument withProjects(List<PlanDocument.Project> projects) {
        PlanDocument s = seed();
        return new PlanDocument(s.unitCode(), s.year(), s.document(), null, null, null, new ArrayList<>(projects),
                null, null);
    }

    private static Finding only(List<Finding> findings, String code) {
        List<Finding> matching = findings.stream().filter(f -> f.code().equals(code)).toList();
        assertThat(matching).as(code).hasSize(1);
        return matching.get(0);
    }
}

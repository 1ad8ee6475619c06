package vn.giamngheo.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.platform.events.payload.PopulationGroup;
import vn.giamngheo.platform.events.payload.TargetKind;

/** The document's number, date and signer, the years its text names and its rate targets, each warned of alone. */
class DocumentChecksTests {

    @ParameterizedTest(name = "number ''{0}'', date {1}, signer ''{2}'' → {3}")
    @CsvSource(nullValues = "none", value = {
            // number, date, signer, warnings
            "'12/KH-UBND', 2022-12-20, 'Nông Văn Bộ', ''",
            "'',           2022-12-20, 'Nông Văn Bộ', DOCUMENT_NUMBER_MISSING",
            "'12/KH-UBND', none,       'Nông Văn Bộ', DOCUMENT_DATE_MISSING",
            "'12/KH-UBND', 2022-12-20, ' ',           DOCUMENT_SIGNER_MISSING",
            "none,         none,       none,          DOCUMENT_NUMBER_MISSING DOCUMENT_DATE_MISSING DOCUMENT_SIGNER_MISSING"})
    void shouldWarnOfWhatTheDocumentLeavesBlank(String number, LocalDate date, String signer, String warnings) {
        PlanDocument.DocumentInfo info = new PlanDocument.DocumentInfo(number, "/KH-UBND", date, null, null, null, null,
                signer, null, null, null);
        List<Finding> findings = new ArrayList<>();
        DocumentChecks.identity(doc(info, List.of(), List.of()), findings);
        assertThat(findings).extracting(Finding::code)
                .containsExactlyElementsOf(warnings.isEmpty() ? List.of() : List.of(warnings.split(" ")));
        assertThat(findings).allMatch(f -> f.severity() == Finding.Severity.WARNING);
    }

    @ParameterizedTest(name = "{0} named as the plan's year {1} → mismatch {2}")
    @CsvSource({
            // year named, speaks of the plan's year, mismatch
            "2023, true,  false",
            "2022, true,  true",
            "2022, false, false"})
    void shouldWarnWhereTheTextGivesThePlanAnotherYear(int year, boolean planYear, boolean mismatch) {
        List<Finding> findings = new ArrayList<>();
        DocumentChecks.years(doc(null, List.of(), List.of(new PlanDocument.YearReference(year, "năm " + year,
                planYear))), findings);
        assertThat(findings).extracting(Finding::code).containsExactlyElementsOf(
                mismatch ? List.of("YEAR_MISMATCH") : List.of());
    }

    @ParameterizedTest(name = "multidimensional {0} vs poor {1} + near-poor {2} → mismatch {3}")
    @CsvSource({
            // points: multidimensional, poor, near-poor, mismatch
            "3.5, 2.0, 1.5, false",
            "3.5, 2.0, 1.0, true",
            "3.50, 2.0, 1.5, false"})
    void shouldWarnWhereTheRateTargetsDoNotAddUp(BigDecimal multi, BigDecimal poor, BigDecimal near,
            boolean mismatch) {
        List<PlanDocument.Target> targets = List.of(target(TargetKind.MULTIDIMENSIONAL_RATE, multi),
                target(TargetKind.POOR_RATE, poor), target(TargetKind.NEAR_POOR_RATE, near));
        List<Finding> findings = new ArrayList<>();
        DocumentChecks.targets(doc(null, targets, List.of()), findings);
        assertThat(findings).extracting(Finding::code).containsExactlyElementsOf(
                mismatch ? List.of("TARGET_SUM_MISMATCH") : List.of());
    }

    private static PlanDocument.Target target(TargetKind kind, BigDecimal points) {
        return new PlanDocument.Target(kind, PopulationGroup.values()[0], points, null, null, null);
    }

    private static PlanDocument doc(PlanDocument.DocumentInfo info, List<PlanDocument.Target> targets,
            List<PlanDocument.YearReference> years) {
        return new PlanDocument("047", 2023, info, null, null, targets, List.of(), null, years);
    }
}

package vn.giamngheo.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.household.standard.StandardsLoader;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.refdata.AreaType;

/**
 * The review of late 2026 decides the list of 2027 under NĐ 351/2025 for households classed under NĐ 07/2021: rural
 * lines 1,500,000 then 2,200,000 đồng, the information-device indicator (INFO_ACCESS) gone, domestic waste (WASTE)
 * new.
 */
class StandardReclassificationTests {

    private static final PovertyStandards STANDARDS = StandardsLoader.shipped();

    @ParameterizedTest(name = "{0} on the list of 2026, answers {1} đ and {2} → {3}")
    @CsvSource({
            // class on the list of 2026, income now, deprived now (+-separated), verdict
            "AVERAGE_LIVING, 2000000, HEALTH_INSURANCE+SANITATION+TELECOM, BY_STANDARD_ALONE", // poor only by the new line
            "AVERAGE_LIVING, 2000000, '', BY_STANDARD_ALONE",                // near-poor only by the new line
            "NEAR_POOR, 1400000, HEALTH_INSURANCE+SANITATION+TELECOM, REAL", // poor under either standard: its answers
            "NEAR_POOR, 1400000, HEALTH_INSURANCE+SANITATION+WASTE, BY_STANDARD_ALONE", // WASTE is no deprivation of 2022–2025
            "POOR, 1400000, HEALTH_INSURANCE+SANITATION, REAL_UNVERIFIED",   // poor under the old one had INFO_ACCESS been asked
            "POOR, 1400000, HEALTH_INSURANCE, REAL",                         // two short even with INFO_ACCESS
            "NOT_POOR, 1000000, HEALTH_INSURANCE+SANITATION+TELECOM, REAL",  // poor under either: its answers
            // Judged alike when nothing changed (the review asks only about changes): the same class either way.
            "POOR, 1000000, HEALTH_INSURANCE+SANITATION+TELECOM, BY_STANDARD_ALONE"})
    void shouldSayWhetherTheNewStandardAloneMovedAHousehold(PovertyStatus before, long income, String deprived,
            StandardReclassification.Verdict verdict) {
        List<String> codes = deprived.isEmpty() ? List.of() : Arrays.asList(deprived.split("\\+"));
        assertThat(StandardReclassification.judge(STANDARDS.byCode("ND-07-2021").orElseThrow(),
                STANDARDS.byCode("ND-351-2025").orElseThrow(), before, AreaType.RURAL,
                new SurveyAnswers(income, null, codes, null))).isEqualTo(verdict);
    }

    @org.junit.jupiter.api.Test
    void shouldLeaveAChangeCountedByScoreBUnverifiedWhereTheStandardsIndicatorsDiffer() {
        // Score B counts 3 deprivations without naming them: whether the old standard knew them cannot be said.
        assertThat(StandardReclassification.judge(STANDARDS.byCode("ND-07-2021").orElseThrow(),
                STANDARDS.byCode("ND-351-2025").orElseThrow(), PovertyStatus.NEAR_POOR, AreaType.RURAL,
                new SurveyAnswers(1_400_000L, null, null, 30))).isEqualTo(StandardReclassification.Verdict.REAL_UNVERIFIED);
    }

    @ParameterizedTest(name = "standard before {0}, class before {1} → REAL")
    @CsvSource({
            "ND-351-2025, AVERAGE_LIVING",   // the same standard: whatever moved it, its answers did
            ", AVERAGE_LIVING",              // never decided under any standard
            "ND-07-2021, "})                 // on no list before
    void shouldCountEveryOtherChangeAsRealMovement(String previous, PovertyStatus before) {
        assertThat(StandardReclassification.judge(previous == null ? null : STANDARDS.byCode(previous).orElseThrow(),
                STANDARDS.byCode("ND-351-2025").orElseThrow(), before, AreaType.RURAL,
                new SurveyAnswers(2_000_000L, null, List.of(), null))).isEqualTo(StandardReclassification.Verdict.REAL);
    }
}

package vn.giamngheo.household.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.household.standard.StandardsLoader;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.AreaType;

/** The classification table of DOMAIN.md §1, its edges, and the choice of standard by list year. */
class ClassifierTests {

    private static final PovertyStandards STANDARDS = StandardsLoader.shipped();
    private static final List<String> THREE = List.of("HEALTH_INSURANCE", "SANITATION", "TELECOM");
    private static final List<String> TWO = List.of("HEALTH_INSURANCE", "SANITATION");
    /** A survey of the review under way: the rules added since 2022 all apply to it. */
    private static final LocalDate SURVEYED = LocalDate.of(2026, 11, 15);

    /** The table's cases, as data (classifier-cases.json): the app's own computation is proved on the same ones. */
    private static final JsonNode CASES = cases();

    private static JsonNode cases() {
        try (InputStream in = ClassifierTests.class.getResourceAsStream("/standards/classifier-cases.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> byIncome() {
        List<Arguments> cases = new ArrayList<>();
        CASES.path("byIncome").forEach(c -> {
            List<String> deprived = new ArrayList<>();
            c.path("deprived").forEach(code -> deprived.add(code.asText()));
            cases.add(Arguments.of(c.path("listYear").asInt(), AreaType.valueOf(c.path("area").asText()),
                    c.path("incomePerPersonMonthlyVnd").asLong(), deprived,
                    PovertyStatus.valueOf(c.path("expected").asText()), c.path("edge").asText()));
        });
        return cases.stream();
    }

    static Stream<Arguments> byScores() {
        List<Arguments> cases = new ArrayList<>();
        CASES.path("byScores").forEach(c -> cases.add(Arguments.of(c.path("listYear").asInt(),
                AreaType.valueOf(c.path("area").asText()), c.path("scoreA").asInt(), c.path("scoreB").asInt(),
                PovertyStatus.valueOf(c.path("expected").asText()))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}: income {2}, deprived {3} → {4} ({5})")
    @MethodSource("byIncome")
    void shouldClassifyByIncomeAndDeprivations(int listYear, AreaType area, long income, List<String> deprived,
            PovertyStatus expected, String edge) {
        PovertyStandard standard = STANDARDS.forListYear(listYear).orElseThrow();
        Classification c = Classifier.classify(standard, area, new SurveyAnswers(income, null, deprived, null), SURVEYED);
        assertThat(c.status()).isEqualTo(expected);
        assertThat(c.decidedBy()).isEqualTo(Classification.Basis.INCOME);
        assertThat(c.deprivations()).isEqualTo(deprived.size());
    }

    @ParameterizedTest(name = "{0} {1}: score A {2}, score B {3} → {4}")
    @MethodSource("byScores")
    void shouldClassifyByTheSurveyScores(int listYear, AreaType area, int scoreA, int scoreB,
            PovertyStatus expected) {
        Classification c = Classifier.classify(STANDARDS.forListYear(listYear).orElseThrow(), area,
                new SurveyAnswers(null, scoreA, null, scoreB), SURVEYED);
        assertThat(c.status()).isEqualTo(expected);
        assertThat(c.decidedBy()).isEqualTo(Classification.Basis.SCORE_A);
    }

    @Test
    void shouldKeepTheTableOfCasesOnBothStandardsAndBothSidesOfEachLine() {
        // The data file is the table: it must still hold the edges DOMAIN.md §1 names, for both standards.
        List<String> edges = new ArrayList<>();
        CASES.path("byIncome").forEach(c -> edges.add(c.path("listYear").asInt() + " " + c.path("area").asText() + " "
                + c.path("incomePerPersonMonthlyVnd").asLong() + " " + c.path("deprived").size()));
        assertThat(edges).contains("2023 RURAL 1500000 3", "2023 RURAL 1500001 3", "2023 RURAL 1500000 2",
                "2023 URBAN 2000000 3", "2023 URBAN 2000001 5", "2027 RURAL 2200000 3", "2027 RURAL 2200001 4",
                "2027 URBAN 2800000 3", "2027 URBAN 2800001 3");
        assertThat(CASES.path("byScores")).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void shouldUseNd07ForARegularReviewIn2026AndNd351ForTheLate2026PeriodicReview() {
        // A regular review in 2026 applies to the 2026 list; the periodic review of late 2026 produces the 2027 list.
        assertThat(STANDARDS.forListYear(2026).orElseThrow().code()).isEqualTo("ND-07-2021");
        assertThat(STANDARDS.forListYear(2027).orElseThrow().code()).isEqualTo("ND-351-2025");
        assertThat(STANDARDS.forListYear(2031)).isEmpty();
    }

    @Test
    void shouldChangeAFormerTownsHouseholdWithTheReformAlone() {
        // Trùng Khánh town (01477) was urban until 2025-06-30 and is a rural commune from 2025-07-01.
        SurveyAnswers answers = new SurveyAnswers(1_800_000L, null, THREE, null);
        PovertyStandard nd07 = STANDARDS.forListYear(2025).orElseThrow();
        AreaType before = AdministrativeUnits.get().find("01477", LocalDate.of(2025, 6, 30)).orElseThrow().areaType();
        AreaType after = AdministrativeUnits.get().find("01477", LocalDate.of(2025, 7, 1)).orElseThrow().areaType();
        assertThat(Classifier.classify(nd07, before, answers, SURVEYED).status()).isEqualTo(PovertyStatus.POOR);
        assertThat(Classifier.classify(nd07, after, answers, SURVEYED).status()).isEqualTo(PovertyStatus.AVERAGE_LIVING);
    }

    @Test
    void shouldLetIncomeDecideWhenBothIncomeAndScoreAreGiven() {
        Classification c = Classifier.classify(STANDARDS.forListYear(2023).orElseThrow(), AreaType.RURAL,
                new SurveyAnswers(1_400_000L, 200, TWO, 50), SURVEYED);
        assertThat(c.decidedBy()).isEqualTo(Classification.Basis.INCOME);
        assertThat(c.status()).isEqualTo(PovertyStatus.NEAR_POOR);
        assertThat(c.deprivedIndicators()).containsExactlyElementsOf(TWO);
    }

    @Test
    void shouldExplainInVietnameseAndEnglish() {
        Classification c = Classifier.classify(STANDARDS.forListYear(2023).orElseThrow(), AreaType.RURAL,
                new SurveyAnswers(1_200_000L, null, THREE, null), SURVEYED);
        assertThat(c.explanationVi()).contains("1.200.000 đồng").contains("1.500.000 đồng").contains("hộ nghèo");
        assertThat(c.explanationEn()).contains("VND 1,500,000").contains("poor");
        assertThat(c.lineUsed()).isEqualTo(1_500_000);
    }

    @Test
    void shouldFlagLowIncomeWorkersOfHouseholdsAboveTheNearPoorLine() {
        PovertyStandard nd07 = STANDARDS.forListYear(2023).orElseThrow();
        assertThat(Classifier.classify(nd07, AreaType.RURAL, new SurveyAnswers(2_250_000L, null, List.of(), null), SURVEYED)
                .lowIncomeWorker()).isTrue();
        assertThat(Classifier.classify(nd07, AreaType.RURAL, new SurveyAnswers(2_250_001L, null, List.of(), null), SURVEYED)
                .lowIncomeWorker()).isFalse();
        assertThat(Classifier.classify(nd07, AreaType.RURAL, new SurveyAnswers(1_000_000L, null, List.of(), null), SURVEYED)
                .lowIncomeWorker()).isFalse();
    }

    @ParameterizedTest(name = "list {0}, surveyed {1}, income {2} → low-income worker {3}")
    @CsvSource({
            // list year, survey date, income per person per month, flagged
            "2025, 2024-11-15, 2250000, false",   // NĐ 30/2025 did not apply yet
            "2025, 2025-02-23, 2250000, false",
            "2025, 2025-02-24, 2250000, true",    // in force from the day it was issued
            "2026, 2026-11-15, 2250000, true",
            "2026, 2026-11-15, 2250001, false",
            "2026, 2026-11-15, 1000000, false",   // near-poor: on the list, not a low-income worker
            "2027, 2026-11-15, 2250000, false"})  // no line for 2027–2030 found [U]
    void shouldFlagLowIncomeWorkersOnlyOnSurveysFromTheDayTheirDecreeApplied(int listYear, LocalDate surveyed,
            long income, boolean flagged) {
        assertThat(Classifier.classify(STANDARDS.forListYear(listYear).orElseThrow(), AreaType.RURAL,
                new SurveyAnswers(income, null, List.of(), null), surveyed).lowIncomeWorker()).isEqualTo(flagged);
    }

    @Test
    void shouldNameTheVersionOfTheStandardAndItsProvisionalFigures() {
        Classification nd351 = Classifier.classify(STANDARDS.forListYear(2027).orElseThrow(), AreaType.RURAL,
                new SurveyAnswers(2_200_000L, null, List.of("WASTE", "TELECOM", "HOUSING_AREA"), null), SURVEYED);
        assertThat(nd351.status()).isEqualTo(PovertyStatus.POOR);
        assertThat(nd351.standardVersion()).matches("ND-351-2025@[0-9a-f]{12}");
        assertThat(nd351.provisionalFigures()).contains("averageLivingUpperBoundVnd", "indicators.WASTE.deprivedWhen")
                .doesNotContain("incomeLineVnd", "deprivationCutoff");
        Classification nd07 = Classifier.classify(STANDARDS.forListYear(2026).orElseThrow(), AreaType.RURAL,
                new SurveyAnswers(1_500_000L, null, THREE, null), SURVEYED);
        assertThat(nd07.standardVersion()).startsWith("ND-07-2021@").isNotEqualTo(nd351.standardVersion());
        assertThat(nd07.provisionalFigures()).containsExactly("scoreA.averageLivingUpperBound");
        // The information-device indicator of 2022–2025 is gone from the standard of 2027–2030.
        assertThatThrownBy(() -> Classifier.classify(STANDARDS.forListYear(2027).orElseThrow(), AreaType.RURAL,
                new SurveyAnswers(1L, null, List.of("INFO_ACCESS"), null), SURVEYED))
                .hasMessageContaining("no indicator INFO_ACCESS");
    }

    @ParameterizedTest(name = "a corrected standards file that {0} is refused")
    @CsvSource(delimiter = '|', value = {
            "marks an unknown figure provisional | \"figure\": \"averageLivingUpperBoundVnd\" | \"figure\": \"scoreA.typo\" | scoreA.typo",
            "names an unknown indicator | \"figure\": \"indicators.WASTE\" | \"figure\": \"indicators.WEALTH\" | indicators.WEALTH",
            "drops an income line | \"URBAN\": 2800000 | \"URBAN\": null | no income line for URBAN",
            "dates no worker line | \"lowIncomeWorkerFrom\": \"2025-02-24\" | \"lowIncomeWorkerFrom\": null | lowIncomeWorkerFrom"})
    void shouldRefuseACorrectedStandardsFileThatCannotClassify(String what, String from, String to, String message)
            throws Exception {
        String shipped;
        try (java.io.InputStream in = StandardsLoader.class.getClassLoader()
                .getResourceAsStream("standards/poverty-standards.json")) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(shipped).as(what).contains(from);
        String corrected = shipped.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to));
        assertThatThrownBy(() -> StandardsLoader.read(new java.io.ByteArrayInputStream(
                corrected.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).hasMessageContaining(message);
    }

    @Test
    void shouldRefuseAnswersItCannotClassify() {
        PovertyStandard nd07 = STANDARDS.forListYear(2023).orElseThrow();
        assertThatThrownBy(() -> Classifier.classify(nd07, AreaType.RURAL, new SurveyAnswers(1L, null, List.of("WEALTH"), null), SURVEYED))
                .hasMessageContaining("no indicator WEALTH");
        assertThatThrownBy(() -> Classifier.classify(nd07, AreaType.RURAL, new SurveyAnswers(1L, null, null, 25), SURVEYED))
                .hasMessageContaining("multiple of 10");
        assertThatThrownBy(() -> Classifier.classify(nd07, AreaType.RURAL, new SurveyAnswers(null, null, List.of(), null), SURVEYED))
                .hasMessageContaining("income");
        assertThatThrownBy(() -> Classifier.classify(STANDARDS.forListYear(2027).orElseThrow(), AreaType.RURAL,
                new SurveyAnswers(null, 120, List.of(), null), SURVEYED)).hasMessageContaining("not published");
    }
}

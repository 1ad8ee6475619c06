package vn.giamngheo.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kind of plan target against one unit's lists: poor 100 → 80 and near-poor 50 → 45 households of 1 000, so
 * rates of 10 → 8 %, 5 → 4.5 % and (multidimensional) 15 → 12.5 %; of them ethnic-minority (DTTS) households, poor
 * 90 → 78 and near-poor 40 → 38.
 */
class TargetEvaluationTests {

    private static final Figures POOR = list(100, 80, 90, 78);
    private static final Figures NEAR_POOR = list(50, 45, 40, 38);

    @ParameterizedTest(name = "{0} for {1}: {2} points, {3} households, {4} % → {5} {6} achieved {7}, met {8}")
    @CsvSource({
            // kind, group, points, households, percent, shown target, measure, achieved, met
            "POOR_RATE, ALL, 2, , , 2, POINTS, 2.00, true",                 // exactly the target
            "POOR_RATE, ALL, 2.0001, , , 2.0001, POINTS, 2.00, false",
            "NEAR_POOR_RATE, ALL, 1, , , 1, POINTS, 0.50, false",
            "MULTIDIMENSIONAL_RATE, ALL, 2.5, , , 2.5, POINTS, 2.50, true",
            "POOR_COUNT, ALL, , 20, , 20, HOUSEHOLDS, 20, true",
            "POOR_COUNT, ALL, , 21, , 21, HOUSEHOLDS, 20, false",
            "NEAR_POOR_COUNT, ALL, , , 10, 10, PERCENT, 5, true",          // 5 is exactly 10 % of 50
            "NEAR_POOR_COUNT, ALL, , , 10.01, 10.01, PERCENT, 5, false",
            "POOR_AND_NEAR_POOR_COUNT, ALL, , 25, , 25, HOUSEHOLDS, 25, true",
            "POOR_AND_NEAR_POOR_COUNT, ALL, , 26, , 26, HOUSEHOLDS, 25, false",
            "POOR_COUNT, ALL, , , , , HOUSEHOLDS, 20, ",                    // no figure to reach
            "POOR_RATE, ETHNIC_MINORITY, 3, , , 3, POINTS, , ",             // no DTTS total in the rows: unjudged
            "POOR_COUNT, ETHNIC_MINORITY, , 12, , 12, HOUSEHOLDS, 12, true", // DTTS poor 90 → 78
            "POOR_COUNT, ETHNIC_MINORITY, , 13, , 13, HOUSEHOLDS, 12, false",
            "NEAR_POOR_COUNT, ETHNIC_MINORITY, , , 5, 5, PERCENT, 2, true",  // DTTS near-poor 40 → 38: 5 %
            "POOR_AND_NEAR_POOR_COUNT, ETHNIC_MINORITY, , 15, , 15, HOUSEHOLDS, 14, false",
            "POOR_COUNT, POOR_COMMUNE, , 10, , 10, HOUSEHOLDS, , ",         // as asked, not measured
            "NEAR_POOR_COUNT, POOR_DISTRICT, , , 4, 4, PERCENT, , ",
            "POOR_RATE, POOR_COMMUNE, 2, , , 2, POINTS, , "})
    void shouldJudgeEachKindOfTarget(String kind, String group, BigDecimal points, Long households,
            BigDecimal percent, BigDecimal target, String measure, BigDecimal achieved, Boolean met) {
        TargetResult r = TargetEvaluation.evaluate(new PlanTarget(kind, group, points, households, percent, "mục tiêu"),
                POOR, NEAR_POOR, 1000L, 1000L);
        assertThat(r).isEqualTo(new TargetResult(kind, group, target, measure, achieved, met, "mục tiêu"));
    }

    @ParameterizedTest(name = "{0} with totals {1} before and {2} now → achieved {3}, met {4}")
    @CsvSource({
            // kind, baseline total, total, achieved, met
            "POOR_RATE, 1000, 1000, 2.00, true",
            "POOR_RATE, 1000, , , ",                 // this year's total not reported yet
            "POOR_RATE, , 1000, , ",
            "POOR_RATE, 1000, 1200, 3.33, true",     // 10 % → 6.666… %
            "POOR_COUNT, , , 20, true"})             // counts need no total
    void shouldLeaveARateTargetOpenUntilBothTotalsAreReported(String kind, Long baselineTotal, Long total,
            BigDecimal achieved, Boolean met) {
        TargetResult r = TargetEvaluation.evaluate(new PlanTarget(kind, "ALL", BigDecimal.valueOf(2), 20L, null, null),
                POOR, NEAR_POOR, total, baselineTotal);
        assertThat(r.achieved()).isEqualTo(achieved);
        assertThat(r.met()).isEqualTo(met);
    }

    @ParameterizedTest(name = "{0} for {1} down {2} points from a baseline of {3} households → aim {4} %")
    @CsvSource({
            // kind, group, points, baseline total, the rate aimed at
            "POOR_RATE, ALL, 2, 1000, 8.00",                        // 10 % → 8 %
            "NEAR_POOR_RATE, ALL, 1.8, 1000, 3.20",
            "MULTIDIMENSIONAL_RATE, ALL, 2.5, 1000, 12.50",
            "POOR_RATE, ALL, 1, 3000, 2.33",                         // 3.333… % − 1, rounded only for display
            "POOR_RATE, ALL, 2, , ",                                 // the baseline total is not reported
            "POOR_RATE, ETHNIC_MINORITY, 3, 1000, ",                 // not measured from the lists
            "POOR_COUNT, ALL, 2, 1000, "})                           // a count has no rate to aim at
    void shouldAimARateTargetAtTheBaselinesExactRateLessItsPoints(String kind, String group, BigDecimal points,
            Long baselineTotal, BigDecimal aim) {
        assertThat(TargetEvaluation.targetRate(new PlanTarget(kind, group, points, null, null, null), POOR, NEAR_POOR,
                baselineTotal)).isEqualTo(aim);
    }

    private static Figures list(long start, long end, long ethnicStart, long ethnicEnd) {
        return ReportRules.figures(start, new Figures.Movements(Map.of(), Map.of("EXIT", start - end), 0,
                ethnicStart - ethnicEnd), ethnicStart, 1000L, 1000L);
    }
}

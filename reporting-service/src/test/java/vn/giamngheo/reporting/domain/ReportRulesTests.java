package vn.giamngheo.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.platform.web.rules.Fraction;

/** The report's arithmetic at its edges: rates over reported totals, targets judged on exact rates, count targets. */
class ReportRulesTests {

    @ParameterizedTest(name = "{0} of {1} households → {2} %")
    @CsvSource({
            // households, resident households (empty: not reported), shown rate (empty: none)
            "5, 200, 2.50",
            "1, 3, 33.33",
            "2, 3, 66.67",
            "1, 800, 0.13",          // 0.125: half-up
            "0, 1000, 0.00",
            "7, 0, ",                // a total of 0 is no denominator
            "7, , "})                // not reported yet
    void shouldRateOverTheReportedResidentHouseholds(long households, Long total, BigDecimal shown) {
        assertThat(ReportRules.show(ReportRules.rate(households, total))).isEqualTo(shown);
    }

    @ParameterizedTest(name = "start {0}, +{1} −{2} of {3} now, {4} before → end {5}, {6} %, {7} points")
    @CsvSource({
            // start, in, out, total, baseline total, end, rate, baseline rate, change, consistent
            "100, 10, 30, 1000, 1000, 80, 8.00, 10.00, -2.00, true",
            "100, 0, 0, 1000, 800, 100, 10.00, 12.50, -2.50, true",
            "100, 0, 100, 1000, 1000, 0, 0.00, 10.00, -10.00, true",
            "0, 0, 5, 1000, 1000, -5, -0.50, 0.00, -0.50, false",   // more out than the list held
            "10, 2, 13, 1000, 1000, -1, -0.10, 1.00, -1.10, false",
            "100, 10, 30, , 1000, 80, , 10.00, , true",             // this year's total not reported
            "100, 10, 30, 1000, , 80, 8.00, , , true"})
    void shouldComputeTheEndAndRatesOfAList(long start, long in, long out, Long total, Long baselineTotal,
            long end, BigDecimal rate, BigDecimal baselineRate, BigDecimal change, boolean consistent) {
        Figures f = ReportRules.figures(start, new Figures.Movements(Map.of("NEW", in), Map.of("EXIT", out), 0, 0),
                0, total, baselineTotal);
        assertThat(f.end()).isEqualTo(end);
        assertThat(f.ratePercent()).isEqualTo(rate);
        assertThat(f.baselineRatePercent()).isEqualTo(baselineRate);
        assertThat(f.changePoints()).isEqualTo(change);
        assertThat(f.consistent()).isEqualTo(consistent);
    }

    @ParameterizedTest(name = "{0}/{1} → {2}/{3}, target {4} points → met {5}, fall shown {6}")
    @CsvSource({
            // households before, total before, households now, total now, target points, met, fall shown
            "100, 1000, 5000, 100000, 5, true, 5.00",       // exactly the target: met
            "100, 1000, 5004, 100000, 5, false, 5.00",      // 4.996 shows as 5.00 but is short of it
            "100, 1000, 4999, 100000, 5, true, 5.00",       // 5.001
            "1, 3, 1, 6, 16.67, false, 16.67",              // 16.666…: shown 16.67, short of 16.67
            "1, 3, 1, 6, 16.66, true, 16.67",               // rounded rates (33.33 − 16.67) would say 16.66
            "100, 1000, 100, 1000, 0, true, 0.00",
            "100, 1000, 110, 1000, 0.5, false, -1.00",      // the rate rose
            "100, , 90, 1000, 1, , ",                       // no baseline total: not known yet
            "100, 1000, 90, , 1, , "})
    void shouldJudgeARateTargetOnTheExactFall(long before, Long totalBefore, long now, Long totalNow,
            BigDecimal points, Boolean met, BigDecimal fallShown) {
        Fraction baseline = ReportRules.rate(before, totalBefore);
        Fraction result = ReportRules.rate(now, totalNow);
        assertThat(ReportRules.rateTargetMet(baseline, result, points)).isEqualTo(met);
        assertThat(baseline == null || result == null ? null : ReportRules.show(baseline.minus(result)))
                .isEqualTo(fallShown);
    }

    @ParameterizedTest(name = "{0} → {1}, target {2} % or {3} households → met {4}")
    @CsvSource({
            // baseline, result, percent, households, met
            "200, 180, 10, , true",      // a fall of 20 is exactly 10 % of 200
            "200, 181, 10, , false",
            "199, 179, 10, , true",      // 20 ≥ 19.9
            "199, 180, 10, , false",     // 19 < 19.9
            "3, 2, 33.34, , false",      // 1 < 1.0002
            "3, 2, 33.33, , true",
            "200, 220, 0, , false",      // the list grew
            "200, 150, , 50, true",
            "200, 151, , 50, false",
            "200, 150, 10, 80, true",    // a percent, when given, is the target
            "200, 150, , , "})           // no target to judge
    void shouldJudgeACountTargetOnHouseholds(long baseline, long result, BigDecimal percent, Long households,
            Boolean met) {
        assertThat(ReportRules.countTargetMet(baseline, result, percent, households)).isEqualTo(met);
    }

    @ParameterizedTest(name = "{0} of {1} → {2} %")
    @CsvSource({
            // achieved, target, shown percent (empty: none)
            "50, 200, 25.00",
            "1, 3, 33.33",
            "2, 3, 66.67",
            "0.5, 0.8, 62.50",
            "1, 800, 0.13",              // 0.125: half-up
            "12.345, 100, 12.35",        // 12.345: half-up
            "120, 100, 120.00",
            "0, 100, 0.00",
            "5, 0, ",                    // a target of 0: no percent
            "5, 0.00, "})
    void shouldShowAnIndicatorsProgressInPercent(BigDecimal achieved, BigDecimal target, BigDecimal shown) {
        assertThat(ReportRules.achievedPercent(achieved, target)).isEqualTo(shown);
    }
}

package vn.giamngheo.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A commune of 1,000 households on both lists: poor 100 → 130 of which 40 came in and 5 went out by the new standard
 * alone; near-poor 50 → 45 with 5 in and 10 out by it. The poor rate rose 3 points: 3.5 explained by the standard,
 * −0.5 real movement.
 */
class StandardEffectTests {

    @ParameterizedTest(name = "by the standard: poor +{0} −{1}, near-poor +{2} −{3} → poor {4} (real {5})")
    @CsvSource({
            // poor in, poor out, near-poor in, near-poor out, poor points, poor real points, multidimensional points
            "40, 5, 5, 10, 3.50, -0.50, 3.00",
            "0, 0, 1, 0, 0.00, 3.00, 0.10",
            "1, 0, 0, 0, 0.10, 2.90, 0.10"})
    void shouldSplitAListsChangeIntoTheNewStandardsPointsAndRealMovement(long pIn, long pOut, long nIn, long nOut,
            BigDecimal poorPoints, BigDecimal realPoints, BigDecimal multiPoints) {
        StandardEffect e = StandardEffect.of(figures(100, 130, pIn, pOut), figures(50, 45, nIn, nOut), 1000L, 1000L);
        assertThat(e.poorPoints()).isEqualByComparingTo(poorPoints);
        assertThat(e.poorRealPoints()).isEqualByComparingTo(realPoints);
        assertThat(e.multidimensionalPoints()).isEqualByComparingTo(multiPoints);
        assertThat(e.poorPoints().add(e.poorRealPoints())).isEqualByComparingTo("3.00");
    }

    @Test
    void shouldSayNothingWhereNoHouseholdWasMovedByANewStandardOrTheTotalsAreNotKnown() {
        assertThat(StandardEffect.of(figures(100, 130, 0, 0), figures(50, 45, 0, 0), 1000L, 1000L)).isNull();
        StandardEffect unknown = StandardEffect.of(figures(100, 130, 4, 0), figures(50, 45, 0, 0), null, 1000L);
        assertThat(unknown.poorIn()).isEqualTo(4);
        assertThat(unknown.poorPoints()).isNull();
        assertThat(unknown.poorRealPoints()).isNull();
    }

    private static Figures figures(long start, long end, long inByStandard, long outByStandard) {
        Map<String, Long> in = new HashMap<>();
        Map<String, Long> out = new HashMap<>();
        if (inByStandard > 0) {
            in.put(StandardEffect.KIND, inByStandard);
        }
        if (outByStandard > 0) {
            out.put(StandardEffect.KIND, outByStandard);
        }
        long rest = end - start - inByStandard + outByStandard;
        (rest >= 0 ? in : out).merge("NEW", Math.abs(rest), Long::sum);
        return ReportRules.figures(start, new Figures.Movements(in, out, 0, 0), 0, null, null);
    }
}

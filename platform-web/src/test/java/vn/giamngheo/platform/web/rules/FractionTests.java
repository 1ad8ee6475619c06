package vn.giamngheo.platform.web.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The platform's one rule for shares and rates: exact fractions, rounded half-up to two places only to be shown. */
class FractionTests {

    @ParameterizedTest(name = "{0} of {1} → {2} %")
    @CsvSource({
            // part, whole, shown percent
            "350000, 1120000, 31.25",
            "1, 3, 33.33",         // 33.333… rounds down
            "2, 3, 66.67",         // 66.666… rounds up
            "1, 8, 12.50",         // 12.5 exactly
            "1, 800, 0.13",        // 0.125: half-up, not half-even
            "3, 800, 0.38",        // 0.375
            "0, 5, 0.00",
            "5, 5, 100.00",
            "9, 205, 4.39",        // the poor rate 4.3902… of a report
            "9223372036854775807, 9223372036854775807, 100.00"})  // no overflow in part × 100
    void shouldShowAShareAsAPercentRoundedHalfUpToTwoPlaces(long part, long whole, String shown) {
        assertThat(Fraction.percentShown(part, whole)).isEqualTo(new BigDecimal(shown));
    }

    @Test
    void shouldShowNoPercentWhenThereIsNothingToDivideBy() {
        assertThat(Fraction.percentShown(0, 0)).isNull();
        assertThat(Fraction.percentShown(10, 0)).isNull();
    }

    @ParameterizedTest(name = "{0}/{1} − {2}/{3} ≥ {4} points: {5}")
    @CsvSource({
            // before: households, total; after: households, total; target points; met
            "10, 200, 9, 205, 0.6, true",    // a fall of 0.6097… points meets 0.6
            "10, 200, 9, 205, 0.61, false",  // shown as 0.61, but exactly below it
            "100, 1000, 50, 1000, 5, true",  // exactly 5 points
            "100, 1000, 51, 1000, 5, false"})
    void shouldCompareRateChangesExactlyNotAsTheyAreShown(long before, long totalBefore, long after, long totalAfter,
            String points, boolean met) {
        Fraction fall = Fraction.percent(before, totalBefore).minus(Fraction.percent(after, totalAfter));
        assertThat(fall.compareTo(Fraction.of(new BigDecimal(points))) >= 0).isEqualTo(met);
    }

    @Test
    void shouldKeepFractionsInLowestTermsWithAPositiveDenominator() {
        assertThat(Fraction.of(6, -8)).isEqualTo(Fraction.of(-3, 4));
        assertThat(Fraction.of(new BigDecimal("0.61"))).isEqualTo(Fraction.of(61, 100));
        assertThat(Fraction.of(new BigDecimal("5E+1"))).isEqualTo(Fraction.of(50, 1));
        assertThat(Fraction.of(1, 3).plus(Fraction.of(1, 6))).isEqualTo(Fraction.of(1, 2));
        assertThat(Fraction.of(3, 4).timesWhole(2).dividedBy(3)).isEqualTo(Fraction.of(1, 2));
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
    }
}

package vn.giamngheo.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A disbursement rate keeps its exact fraction and shows a percentage rounded half-up, or none for nothing assigned. */
class RatioTests {

    @ParameterizedTest(name = "{0} ÷ {1} → {2} %")
    @CsvSource({
            // disbursed, assigned, shown percent (empty: none)
            "333333, 800000, 41.67",
            "100000, 300000, 33.33",
            "500000, 500000, 100.00",
            "0, 500000, 0.00",
            "1, 800, 0.13",          // 0.125: half-up
            "0, 0, ",                // nothing assigned: no rate
            "10, 0, ",
            "9223372036854775807, 9223372036854775807, 100.00"})
    void shouldKeepTheFractionAndRoundOnlyTheShownPercent(long numerator, long denominator, String shown) {
        Ratio ratio = Ratio.of(numerator, denominator);
        assertThat(ratio.numerator()).isEqualTo(numerator);
        assertThat(ratio.denominator()).isEqualTo(denominator);
        assertThat(ratio.percent()).isEqualTo(shown == null ? null : new BigDecimal(shown));
    }
}

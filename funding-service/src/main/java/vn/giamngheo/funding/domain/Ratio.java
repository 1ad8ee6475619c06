package vn.giamngheo.funding.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact ratio of two amounts, such as disbursed ÷ assigned. The fraction is kept; the percentage is rounded
 * for display only, and is null when there is nothing to divide by.
 */
public record Ratio(long numerator, long denominator, BigDecimal percent) {

    public static Ratio of(long numerator, long denominator) {
        BigDecimal percent = denominator == 0 ? null
                : BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        return new Ratio(numerator, denominator, percent);
    }
}

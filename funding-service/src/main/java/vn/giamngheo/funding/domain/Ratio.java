package vn.giamngheo.funding.domain;

import java.math.BigDecimal;

import vn.giamngheo.platform.web.rules.Fraction;

/**
 * An exact ratio of two amounts, such as disbursed ÷ assigned. The fraction is kept; the percentage is rounded
 * for display only, and is null when there is nothing to divide by.
 */
public record Ratio(long numerator, long denominator, BigDecimal percent) {

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(numerator, denominator, Fraction.percentShown(numerator, denominator));
    }
}

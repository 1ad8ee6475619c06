package vn.giamngheo.funding.domain;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.platform.web.rules.Fraction;

/**
 * An exact ratio of two amounts, such as disbursed ÷ assigned. The fraction is kept; the percentage is rounded
 * for display only, and is null when there is nothing to divide by.
 */
public record Ratio(
        @Schema(required = true) long numerator,
        @Schema(required = true) long denominator,
        @Schema(description = "Rounded to 2 decimals, for display; null when the denominator is 0") BigDecimal percent) {

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(numerator, denominator, Fraction.percentShown(numerator, denominator));
    }
}

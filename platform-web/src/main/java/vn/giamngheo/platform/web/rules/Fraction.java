package vn.giamngheo.platform.web.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number, the platform's one rule for shares and rates (DOMAIN.md §3, §4): rates, their changes
 * and disbursement rates are computed and compared as fractions, and rounded half-up to two places only to be shown.
 * A target of "5 points or more" is met by a fall of 4.996 points only if the exact fall is 5 or more.
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    public Fraction {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("a fraction cannot have 0 as its denominator");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Fraction of(BigDecimal value) {
        return new Fraction(value.unscaledValue(), BigInteger.TEN.pow(Math.max(0, value.scale())))
                .times(value.scale() < 0 ? BigInteger.TEN.pow(-value.scale()) : BigInteger.ONE);
    }

    /** A share as percent: households ÷ total × 100, disbursed ÷ assigned × 100. */
    public static Fraction percent(long part, long whole) {
        return new Fraction(BigInteger.valueOf(part).multiply(BigInteger.valueOf(100)), BigInteger.valueOf(whole));
    }

    /** A share as percent for display (two places, half-up), or null when there is nothing to divide by. */
    public static BigDecimal percentShown(long part, long whole) {
        return whole == 0 ? null : percent(part, whole).rounded(2);
    }

    public Fraction plus(Fraction o) {
        return new Fraction(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator));
    }

    public Fraction minus(Fraction o) {
        return plus(new Fraction(o.numerator.negate(), o.denominator));
    }

    public Fraction timesWhole(long factor) {
        return times(BigInteger.valueOf(factor));
    }

    public Fraction dividedBy(long divisor) {
        return new Fraction(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
    }

    private Fraction times(BigInteger factor) {
        return new Fraction(numerator.multiply(factor), denominator);
    }

    @Override
    public int compareTo(Fraction o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    /** For display only. */
    public BigDecimal rounded(int decimals) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), decimals, RoundingMode.HALF_UP);
    }
}

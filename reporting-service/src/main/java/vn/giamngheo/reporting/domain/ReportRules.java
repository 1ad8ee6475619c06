package vn.giamngheo.reporting.domain;

import java.math.BigDecimal;
import java.util.Map;

import vn.giamngheo.platform.web.rules.Fraction;

/**
 * The arithmetic of the reports (DOMAIN.md §3): a list's end is its start less outflows plus inflows; a rate is
 * households ÷ reported resident households × 100; the multidimensional rate is poor + near-poor; a rate target is
 * a fall of at least so many points, judged on exact rates.
 */
public final class ReportRules {

    private ReportRules() {
    }

    public static Figures figures(long start, Figures.Movements now, long ethnicStart, Long total, Long baselineTotal) {
        long end = start + now.inflow() - now.outflow();
        Fraction rate = rate(end, total);
        Fraction baseline = rate(start, baselineTotal);
        return new Figures(start, Map.copyOf(now.in()), Map.copyOf(now.out()), end,
                new Figures.EthnicMinority(ethnicStart, now.ethnicIn(), now.ethnicOut(),
                        ethnicStart + now.ethnicIn() - now.ethnicOut()),
                end >= 0 && now.outflow() <= start + now.inflow(),
                show(rate), show(baseline), rate == null || baseline == null ? null : show(rate.minus(baseline)));
    }

    /** households ÷ total × 100, or null when the total was not reported. */
    public static Fraction rate(long households, Long total) {
        return total == null || total == 0 ? null : Fraction.percent(households, total);
    }

    /** The fall of a rate from the baseline, in points; a target is met when the fall is at least the target. */
    public static Boolean rateTargetMet(Fraction baseline, Fraction result, BigDecimal targetPoints) {
        if (baseline == null || result == null || targetPoints == null) {
            return null;
        }
        return baseline.minus(result).compareTo(Fraction.of(targetPoints)) >= 0;
    }

    /** A count target in percent of the baseline: met when baseline − result ≥ percent × baseline / 100. */
    public static Boolean countTargetMet(long baseline, long result, BigDecimal percent, Long households) {
        if (percent != null) {
            return Fraction.of(baseline - result, 1).compareTo(Fraction.of(percent).timesWhole(baseline).dividedBy(100)) >= 0;
        }
        return households == null ? null : baseline - result >= households;
    }

    /** An output indicator's progress: achieved ÷ target × 100, shown; null for a target of 0. */
    public static BigDecimal achievedPercent(BigDecimal achieved, BigDecimal target) {
        if (target.signum() == 0) {
            return null;
        }
        Fraction a = Fraction.of(achieved);
        Fraction t = Fraction.of(target);
        return show(new Fraction(a.numerator().multiply(t.denominator()), a.denominator().multiply(t.numerator()))
                .timesWhole(100));
    }

    public static BigDecimal show(Fraction f) {
        return f == null ? null : f.rounded(2);
    }
}

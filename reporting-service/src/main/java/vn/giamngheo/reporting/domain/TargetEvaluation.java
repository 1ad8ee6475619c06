package vn.giamngheo.reporting.domain;

import java.math.BigDecimal;

import vn.giamngheo.platform.web.rules.Fraction;

/**
 * A plan target judged against a unit's lists (DOMAIN.md §3): rate targets by the exact fall of the rate in points,
 * count targets by the fall in households. The lists measure the whole population, and count the ethnic-minority
 * (DTTS) households among it; a target of another group, or a DTTS rate (whose own resident total the rows do not
 * carry), is shown in its own measure and left unjudged.
 */
public final class TargetEvaluation {

    private TargetEvaluation() {
    }

    /** The target against the unit's poor and near-poor lists and its resident households now and before. */
    public static TargetResult evaluate(PlanTarget target, Figures poor, Figures nearPoor, Long total,
            Long baselineTotal) {
        String kind = target.kind();
        if ("ALL".equals(target.populationGroup())) {
            long before = households(kind, poor.start(), nearPoor.start());
            long after = households(kind, poor.end(), nearPoor.end());
            return isRate(target) ? rate(target, before, after, total, baselineTotal) : count(target, before, after);
        }
        if ("ETHNIC_MINORITY".equals(target.populationGroup()) && !isRate(target)) {
            return count(target, households(kind, poor.ethnicMinority().start(), nearPoor.ethnicMinority().start()),
                    households(kind, poor.ethnicMinority().end(), nearPoor.ethnicMinority().end()));
        }
        return asked(target);
    }

    /**
     * The rate a rate target for the whole population aims at: the baseline's exact rate less the points asked, shown
     * for a chart of the target path; null for other targets or where the baseline is not known.
     */
    public static BigDecimal targetRate(PlanTarget target, Figures poor, Figures nearPoor, Long baselineTotal) {
        if (!"ALL".equals(target.populationGroup()) || target.points() == null || !isRate(target)) {
            return null;
        }
        Fraction baseline = ReportRules.rate(households(target.kind(), poor.start(), nearPoor.start()), baselineTotal);
        return baseline == null ? null : ReportRules.show(baseline.minus(Fraction.of(target.points())));
    }

    private static TargetResult rate(PlanTarget target, long before, long after, Long total, Long baselineTotal) {
        Fraction baseline = ReportRules.rate(before, baselineTotal);
        Fraction now = ReportRules.rate(after, total);
        return new TargetResult(target.kind(), target.populationGroup(), target.points(), "POINTS",
                baseline == null || now == null ? null : ReportRules.show(baseline.minus(now)),
                ReportRules.rateTargetMet(baseline, now, target.points()), target.description());
    }

    private static TargetResult count(PlanTarget target, long before, long after) {
        TargetResult asked = asked(target);
        return new TargetResult(asked.kind(), asked.populationGroup(), asked.target(), asked.measure(),
                BigDecimal.valueOf(before - after),
                ReportRules.countTargetMet(before, after, target.percent(), target.households()), asked.description());
    }

    /** A target of a rate (points of the rate) rather than of a count of households. */
    private static boolean isRate(PlanTarget target) {
        return target.kind().endsWith("_RATE");
    }

    /**
     * The target as asked, in its own measure and not judged: a rate target in points, a count target in percent of
     * the baseline or else in households.
     */
    public static TargetResult asked(PlanTarget target) {
        if (isRate(target)) {
            return new TargetResult(target.kind(), target.populationGroup(), target.points(), "POINTS", null, null,
                    target.description());
        }
        BigDecimal percent = target.percent();
        Long households = target.households();
        return new TargetResult(target.kind(), target.populationGroup(),
                percent != null ? percent : households == null ? null : BigDecimal.valueOf(households),
                percent != null ? "PERCENT" : "HOUSEHOLDS", null, null, target.description());
    }

    /** The households a kind of target counts: the poor list, the near-poor list, or both. */
    private static long households(String kind, long poor, long nearPoor) {
        return switch (kind) {
            case "POOR_RATE", "POOR_COUNT" -> poor;
            case "NEAR_POOR_RATE", "NEAR_POOR_COUNT" -> nearPoor;
            default -> poor + nearPoor;
        };
    }
}

package vn.giamngheo.reporting.domain;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.platform.web.rules.Fraction;

/**
 * How much of a list's change against the previous list a new standard explains (the list of 2027, the first under
 * NĐ 351/2025): the households it alone moved (STANDARD_RECLASSIFICATION, in less out) over the resident households
 * now, in points, and the rest of the change — real movement. Exact fractions, shown rounded.
 *
 * @param poorPoints points of the poor rate's change the new standard explains; likewise near-poor and both together
 * @param poorRealPoints the rest of the poor rate's change: real movement
 */
public record StandardEffect(
        @Schema(required = true) long poorIn,
        @Schema(required = true) long poorOut,
        @Schema(required = true) long nearPoorIn,
        @Schema(required = true) long nearPoorOut,
        @Schema(description = "null without resident households") BigDecimal poorPoints,
        @Schema(description = "null without resident households") BigDecimal nearPoorPoints,
        @Schema(description = "null without resident households") BigDecimal multidimensionalPoints,
        @Schema(description = "null without resident households now or before") BigDecimal poorRealPoints,
        @Schema(description = "null without resident households now or before") BigDecimal nearPoorRealPoints,
        @Schema(description = "null without resident households now or before") BigDecimal multidimensionalRealPoints) {

    /** The movement kind of a change by a new standard alone. */
    public static final String KIND = "STANDARD_RECLASSIFICATION";

    /** The effect on a unit's lists, or null when no household was moved by a new standard alone. */
    public static StandardEffect of(Figures poor, Figures nearPoor, Long total, Long baselineTotal) {
        long pIn = poor.inflows().getOrDefault(KIND, 0L);
        long pOut = poor.outflows().getOrDefault(KIND, 0L);
        long nIn = nearPoor.inflows().getOrDefault(KIND, 0L);
        long nOut = nearPoor.outflows().getOrDefault(KIND, 0L);
        if (pIn + pOut + nIn + nOut == 0) {
            return null;
        }
        Fraction poorByStandard = ReportRules.rate(pIn - pOut, total);
        Fraction nearByStandard = ReportRules.rate(nIn - nOut, total);
        Fraction poorChange = change(poor.start(), poor.end(), total, baselineTotal);
        Fraction nearChange = change(nearPoor.start(), nearPoor.end(), total, baselineTotal);
        return new StandardEffect(pIn, pOut, nIn, nOut, ReportRules.show(poorByStandard),
                ReportRules.show(nearByStandard), ReportRules.show(sum(poorByStandard, nearByStandard)),
                ReportRules.show(minus(poorChange, poorByStandard)), ReportRules.show(minus(nearChange, nearByStandard)),
                ReportRules.show(minus(sum(poorChange, nearChange), sum(poorByStandard, nearByStandard))));
    }

    private static Fraction change(long start, long end, Long total, Long baselineTotal) {
        Fraction now = ReportRules.rate(end, total);
        Fraction before = ReportRules.rate(start, baselineTotal);
        return now == null || before == null ? null : now.minus(before);
    }

    private static Fraction sum(Fraction a, Fraction b) {
        return a == null || b == null ? null : a.plus(b);
    }

    private static Fraction minus(Fraction a, Fraction b) {
        return a == null || b == null ? null : a.minus(b);
    }
}

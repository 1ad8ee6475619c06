package vn.giamngheo.reporting.domain;

import java.math.BigDecimal;

/**
 * A plan target against the result: what was asked (a fall of so many points, households or percent, at least),
 * what happened, and whether the exact result reaches it. {@code met} is null when the result is not known yet
 * (a total not reported, or no list for the year).
 */
public record TargetResult(String kind, String populationGroup, BigDecimal target, String measure,
        BigDecimal achieved, Boolean met, String description) {
}

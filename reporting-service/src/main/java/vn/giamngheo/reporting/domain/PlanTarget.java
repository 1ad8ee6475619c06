package vn.giamngheo.reporting.domain;

import java.math.BigDecimal;

/**
 * A target of a unit's plan as the plan states it: a fall of so many points ({@code points}), households
 * ({@code households}) or percent of the baseline ({@code percent}) for a population group.
 */
public record PlanTarget(String kind, String populationGroup, BigDecimal points, Long households, BigDecimal percent,
        String description) {
}

package vn.giamngheo.reporting.domain;

import java.math.BigDecimal;

/**
 * A unit's poor and near-poor lists with its multidimensional rate (poor + near-poor) and that rate's change in
 * points, both rounded for display and null where a total was not reported.
 */
public record UnitFigures(Figures poor, Figures nearPoor, BigDecimal multidimensionalRatePercent,
        BigDecimal multidimensionalChangePoints) {
}

package vn.giamngheo.household.domain;

import java.util.List;
import java.util.Map;

import vn.giamngheo.platform.refdata.AreaType;

/**
 * A multidimensional poverty standard as versioned data: its income lines by area type, the average-living bound
 * where published, the deprivation cut-off, the score equivalents of the survey form, its indicators, and the
 * sources of each figure. It applies to the lists for {@code firstListYear} to {@code lastListYear}.
 */
public record PovertyStandard(
        String code,
        String name,
        String source,
        int firstListYear,
        int lastListYear,
        Map<AreaType, Long> incomeLineVnd,
        Map<AreaType, Long> averageLivingUpperBoundVnd,
        String averageLivingSource,
        int deprivationCutoff,
        String deprivationCutoffSource,
        ScoreA scoreA,
        int scoreBPointsPerIndicator,
        List<Indicator> indicators,
        String indicatorsSource,
        Map<AreaType, Long> lowIncomeWorkerLineVnd,
        String lowIncomeWorkerSource) {

    /** Score A of form Phiếu B: a proxy for income, with its equivalents of the lines; null where not published. */
    public record ScoreA(Map<AreaType, Integer> povertyLine, Map<AreaType, Integer> averageLivingUpperBound,
            String source) {
    }

    /** One of the deprivation indicators. */
    public record Indicator(String code, String dimension, String name, String deprivedWhen) {
    }

    public boolean appliesTo(int listYear) {
        return listYear >= firstListYear && listYear <= lastListYear;
    }

    public boolean hasIndicator(String code) {
        return indicators.stream().anyMatch(i -> i.code().equals(code));
    }
}

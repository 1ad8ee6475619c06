package vn.giamngheo.household.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.platform.refdata.AreaType;

/**
 * A multidimensional poverty standard as versioned data: its income lines by area type, the average-living bound
 * where published, the deprivation cut-off, the score equivalents of the survey form, its indicators with the
 * questions that ask for them, the low-income-worker line and the day it applies from, the sources of each figure,
 * and the figures no public source confirms ({@code provisional}). It applies to the lists for {@code firstListYear}
 * to {@code lastListYear}. {@code version} identifies the data that classified a review: the standard's code and a
 * digest of its entry in the standards file, so a corrected figure is a new version.
 */
public record PovertyStandard(
        @Schema(required = true) String code,
        String name,
        String source,
        @Schema(required = true) int firstListYear,
        @Schema(required = true) int lastListYear,
        @Schema(required = true) Map<AreaType, Long> incomeLineVnd,
        String incomeLineSource,
        Map<AreaType, Long> averageLivingUpperBoundVnd,
        String averageLivingSource,
        @Schema(required = true) int deprivationCutoff,
        String deprivationCutoffSource,
        @Schema(description = "null where the standard publishes no score equivalents") ScoreA scoreA,
        @Schema(required = true) int scoreBPointsPerIndicator,
        @Schema(required = true) List<Indicator> indicators,
        String indicatorsSource,
        Map<AreaType, Long> lowIncomeWorkerLineVnd,
        LocalDate lowIncomeWorkerFrom,
        String lowIncomeWorkerSource,
        @Schema(required = true) List<Provisional> provisional,
        @Schema(required = true) String version) {

    /** Score A of form Phiếu B: a proxy for income, with its equivalents of the lines; null where not published. */
    @Schema(name = "ScoreAEquivalents")
    public record ScoreA(Map<AreaType, Integer> povertyLine, Map<AreaType, Integer> averageLivingUpperBound,
            String source) {
    }

    /** One of the deprivation indicators, and how a survey asks for it (a "yes" is a deprivation). */
    @Schema(name = "StandardIndicator")
    public record Indicator(@Schema(required = true) String code, String dimension, String name, String deprivedWhen,
            Text question, Text help, String source) {
    }

    /** A text in Vietnamese and English. */
    @Schema(name = "BilingualText")
    public record Text(String vi, String en) {
    }

    /** A figure of the standard that no public source confirms, named by its path in the data, and why. */
    @Schema(name = "ProvisionalFigure")
    public record Provisional(@Schema(required = true) String figure, String why) {
    }

    public boolean appliesTo(int listYear) {
        return listYear >= firstListYear && listYear <= lastListYear;
    }

    public boolean hasIndicator(String code) {
        return indicators.stream().anyMatch(i -> i.code().equals(code));
    }

    /** The figures of the standard that are provisional, by their path in the data. */
    public List<String> provisionalFigures() {
        return provisional == null ? List.of() : provisional.stream().map(Provisional::figure).toList();
    }

    /**
     * Whether a survey of that day can flag low-income workers: the line exists for the standard and its decree
     * applied on the day (NĐ 30/2025 from 24/02/2025).
     */
    public boolean flagsLowIncomeWorkersOn(LocalDate surveyDate) {
        return lowIncomeWorkerLineVnd != null && lowIncomeWorkerFrom != null && !surveyDate.isBefore(lowIncomeWorkerFrom);
    }

    public PovertyStandard withVersion(String digest) {
        return new PovertyStandard(code, name, source, firstListYear, lastListYear, incomeLineVnd, incomeLineSource,
                averageLivingUpperBoundVnd, averageLivingSource, deprivationCutoff, deprivationCutoffSource, scoreA,
                scoreBPointsPerIndicator, indicators, indicatorsSource, lowIncomeWorkerLineVnd, lowIncomeWorkerFrom,
                lowIncomeWorkerSource, provisional == null ? List.of() : List.copyOf(provisional), code + "@" + digest);
    }
}

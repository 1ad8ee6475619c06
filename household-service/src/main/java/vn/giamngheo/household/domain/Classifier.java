package vn.giamngheo.household.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.refdata.AreaType;

/**
 * Decides a household's class under a standard (NĐ 07/2021 Điều 3 and its successor), with {@code inc} the monthly
 * income per person (or score A as its proxy), {@code T} the line of the area type and {@code d} the deprivations:
 * poor when {@code inc ≤ T} and {@code d ≥} the cut-off; near-poor when {@code inc ≤ T} and fewer; average living
 * standard when {@code T < inc ≤} the upper bound; otherwise not poor. Above the line a household is never poor,
 * whatever its deprivations.
 */
public final class Classifier {

    private Classifier() {
    }

    /** Answers that cannot be classified: the message says what to correct. */
    public static final class InvalidAnswers extends RuntimeException {
        private final String field;

        public InvalidAnswers(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /**
     * @param surveyDate the day the answers were collected: a rule added later (the low-income-worker line of NĐ
     *        30/2025) does not apply to a survey dated before it
     */
    public static Classification classify(PovertyStandard standard, AreaType areaType, SurveyAnswers answers,
            LocalDate surveyDate) {
        List<String> deprived = deprivations(standard, answers);
        int d = deprived.size();
        Classification.Basis basis;
        long value;
        long line;
        Long upper;
        if (answers.incomePerPersonMonthlyVnd() != null) {
            if (answers.incomePerPersonMonthlyVnd() < 0) {
                throw new InvalidAnswers("incomePerPersonMonthlyVnd", "must be 0 or more đồng");
            }
            basis = Classification.Basis.INCOME;
            value = answers.incomePerPersonMonthlyVnd();
            line = standard.incomeLineVnd().get(areaType);
            upper = standard.averageLivingUpperBoundVnd() == null ? null
                    : standard.averageLivingUpperBoundVnd().get(areaType);
        } else if (answers.scoreA() != null) {
            if (standard.scoreA() == null) {
                throw new InvalidAnswers("scoreA", "the score equivalents of standard " + standard.code()
                        + " are not published: give the income per person per month instead");
            }
            if (answers.scoreA() < 0) {
                throw new InvalidAnswers("scoreA", "must be 0 or more points");
            }
            basis = Classification.Basis.SCORE_A;
            value = answers.scoreA();
            line = standard.scoreA().povertyLine().get(areaType);
            upper = standard.scoreA().averageLivingUpperBound() == null ? null
                    : standard.scoreA().averageLivingUpperBound().get(areaType).longValue();
        } else {
            throw new InvalidAnswers("incomePerPersonMonthlyVnd",
                    "give the income per person per month (or score A of the survey form)");
        }
        PovertyStatus status;
        if (value <= line) {
            status = d >= standard.deprivationCutoff() ? PovertyStatus.POOR : PovertyStatus.NEAR_POOR;
        } else if (upper != null && value <= upper) {
            status = PovertyStatus.AVERAGE_LIVING;
        } else {
            status = PovertyStatus.NOT_POOR;
        }
        boolean lowIncomeWorker = status != PovertyStatus.POOR && status != PovertyStatus.NEAR_POOR
                && answers.incomePerPersonMonthlyVnd() != null && standard.flagsLowIncomeWorkersOn(surveyDate)
                && answers.incomePerPersonMonthlyVnd() <= standard.lowIncomeWorkerLineVnd().get(areaType);
        return new Classification(status, lowIncomeWorker, standard.code(), areaType, basis, value, line, upper, d,
                standard.deprivationCutoff(), deprived,
                Explanations.vietnamese(standard, areaType, status, basis, value, line, upper, d, lowIncomeWorker),
                Explanations.english(standard, areaType, status, basis, value, line, upper, d, lowIncomeWorker),
                standard.version(), standard.provisionalFigures());
    }

    private static List<String> deprivations(PovertyStandard standard, SurveyAnswers answers) {
        if (answers.deprivedIndicators() != null) {
            LinkedHashSet<String> codes = new LinkedHashSet<>();
            for (String code : answers.deprivedIndicators()) {
                if (!standard.hasIndicator(code)) {
                    throw new InvalidAnswers("deprivedIndicators", "standard " + standard.code() + " has no indicator "
                            + code + "; it has " + String.join(", ",
                                    standard.indicators().stream().map(PovertyStandard.Indicator::code).toList()));
                }
                codes.add(code);
            }
            return new ArrayList<>(codes);
        }
        if (answers.scoreB() != null) {
            int per = standard.scoreBPointsPerIndicator();
            if (answers.scoreB() < 0 || answers.scoreB() % per != 0
                    || answers.scoreB() / per > standard.indicators().size()) {
                throw new InvalidAnswers("scoreB", "must be a multiple of " + per + " from 0 to "
                        + per * standard.indicators().size() + " (" + per + " points per deprived indicator)");
            }
            List<String> unnamed = new ArrayList<>();
            for (int i = 0; i < answers.scoreB() / per; i++) {
                unnamed.add("SCORE_B_" + (i + 1));
            }
            return unnamed;
        }
        throw new InvalidAnswers("deprivedIndicators", "list the deprived indicators (or give score B of the survey"
                + " form); send an empty list when there are none");
    }
}

package vn.giamngheo.household.domain;

import java.util.List;

/**
 * What a review found: income per person per month (VND) or score A, and the deprived indicators or score B.
 * Either of each pair may be given; when both are, income and the indicator list decide.
 */
public record SurveyAnswers(Long incomePerPersonMonthlyVnd, Integer scoreA, List<String> deprivedIndicators,
        Integer scoreB) {
}

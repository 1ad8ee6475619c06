package vn.giamngheo.household.complaints;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.giamngheo.household.domain.SurveyAnswers;

/** The re-survey of the household a complaint is about: the same answers a review gives, classified the same way. */
public record Resurvey(
        @NotNull(message = "is required") LocalDate surveyDate,
        @Min(value = 0, message = "must be 0 or more") @Max(value = 1_000_000_000L, message = "must be at most 1,000,000,000") Long incomePerPersonMonthlyVnd,
        @Min(value = 0, message = "must be 0 or more") @Max(value = 1000, message = "must be at most 1000") Integer scoreA,
        @Size(max = 30, message = "must be at most 30 indicators") List<@NotNull(message = "must not be null") String> deprivedIndicators,
        @Min(value = 0, message = "must be 0 or more") @Max(value = 1000, message = "must be at most 1000") Integer scoreB) {

    public SurveyAnswers answers() {
        return new SurveyAnswers(incomePerPersonMonthlyVnd, scoreA, deprivedIndicators, scoreB);
    }
}

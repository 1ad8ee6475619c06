package vn.giamngheo.household.domain;

import java.time.LocalDate;
import java.util.Optional;

/** A review's survey is held within its round's period, both ends included. */
public final class SurveyDate {

    private SurveyDate() {
    }

    /** The violation, on {@code surveyDate}, when the date lies outside the period; no date is no violation here. */
    public static Optional<RuleViolation> check(LocalDate surveyDate, RoundPeriod period) {
        return surveyDate == null || period.contains(surveyDate) ? Optional.empty()
                : Optional.of(new RuleViolation("surveyDate", "must be within the round, " + period.firstDay()
                        + " to " + period.lastDay()));
    }
}

package vn.giamngheo.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.platform.events.payload.ReviewRoundKind;

class SurveyDateTests {

    private static final RoundPeriod PERIODIC_2022 = RoundPeriod.of(ReviewRoundKind.PERIODIC, 2022, null);
    private static final RoundPeriod JUNE_2022 = RoundPeriod.of(ReviewRoundKind.REGULAR, 2022, 6);

    @ParameterizedTest(name = "periodic 2022, surveyed {0}: within {1}")
    @CsvSource({
            "2022-08-31, false",
            "2022-09-01, true",      // exactly the first day
            "2022-10-12, true",
            "2022-12-14, true",      // exactly the last day
            "2022-12-15, false",
    })
    void shouldKeepAPeriodicSurveyWithinTheRound(LocalDate surveyed, boolean within) {
        assertThat(SurveyDate.check(surveyed, PERIODIC_2022).isEmpty()).isEqualTo(within);
    }

    @ParameterizedTest(name = "June 2022, surveyed {0}: within {1}")
    @CsvSource({
            "2022-05-31, false",
            "2022-06-01, true",
            "2022-06-30, true",
            "2022-07-01, false",
    })
    void shouldKeepAMonthlySurveyWithinItsMonth(LocalDate surveyed, boolean within) {
        assertThat(SurveyDate.check(surveyed, JUNE_2022).isEmpty()).isEqualTo(within);
    }

    @Test
    void shouldSayWhichDaysTheRoundHas() {
        assertThat(SurveyDate.check(LocalDate.of(2022, 7, 1), JUNE_2022))
                .contains(new RuleViolation("surveyDate", "must be within the round, 2022-06-01 to 2022-06-30"));
    }

    @Test
    void shouldLeaveAMissingDateToTheRequiredFieldCheck() {
        assertThat(SurveyDate.check(null, JUNE_2022)).isEmpty();
    }
}

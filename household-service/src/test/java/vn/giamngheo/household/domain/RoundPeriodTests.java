package vn.giamngheo.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.platform.events.payload.ReviewRoundKind;

class RoundPeriodTests {

    @ParameterizedTest(name = "{0} {1}-{2}: {3} to {4}")
    @CsvSource({
            "PERIODIC, 2022, , 2022-09-01, 2022-12-14",
            "REGULAR, 2022, 6, 2022-06-01, 2022-06-30",
            "REGULAR, 2024, 2, 2024-02-01, 2024-02-29",     // a leap year's February
            "REGULAR, 2023, 2, 2023-02-01, 2023-02-28",
            "REGULAR, 2022, 12, 2022-12-01, 2022-12-31",
            "OPENING_BALANCE, 2022, , 2022-01-01, 2022-12-31",
    })
    void shouldHoldTheSurveysOnTheDaysOfItsKind(ReviewRoundKind kind, int heldYear, Integer month, LocalDate first,
            LocalDate last) {
        assertThat(RoundPeriod.of(kind, heldYear, month)).isEqualTo(new RoundPeriod(first, last));
    }

    @ParameterizedTest(name = "{0} month {1}: valid {2}")
    @CsvSource({
            "REGULAR, 3, true",
            "REGULAR, , false",
            "PERIODIC, , true",
            "PERIODIC, 3, true",     // a periodic round ignores a month
    })
    void shouldWantTheMonthOfARegularRound(ReviewRoundKind kind, Integer month, boolean valid) {
        assertThat(RoundPeriod.checkMonth(kind, month).isEmpty()).isEqualTo(valid);
    }

    @Test
    void shouldSayThatTheMonthIsRequired() {
        assertThat(RoundPeriod.checkMonth(ReviewRoundKind.REGULAR, null))
                .contains(new RuleViolation("month", "is required for a regular (monthly) round"));
    }
}

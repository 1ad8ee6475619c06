package vn.giamngheo.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionDateTests {

    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 9, 1);
    private static final LocalDate TODAY = LocalDate.of(2022, 12, 10);

    @ParameterizedTest(name = "decided {0} → {1}")
    @CsvSource(quoteCharacter = '"', value = {
            "2022-08-31, must not be before the round's first day 2022-09-01",
            "2022-09-01, -",        // on the round's first day
            "2022-12-10, -",        // today
            "2022-12-11, must not be in the future",
    })
    void shouldDateADecisionWithinTheRoundAndNotAfterToday(LocalDate decided, String expected) {
        assertThat(DecisionDate.check(decided, FIRST_DAY, TODAY).map(RuleViolation::message).orElse("-"))
                .isEqualTo(expected);
        DecisionDate.check(decided, FIRST_DAY, TODAY)
                .ifPresent(v -> assertThat(v.field()).isEqualTo("decisionDate"));
    }
}

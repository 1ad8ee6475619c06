package vn.giamngheo.platform.web.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A date is not in the future when it is today or earlier. */
class NotInFutureTests {

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource({
            "2023-12-31, 2024-01-01, true",
            "2024-01-01, 2024-01-01, true",
            "2024-01-02, 2024-01-01, false",
            "2031-01-01, 2024-01-01, false"})
    void shouldHoldForTodayAndEarlier(LocalDate date, LocalDate today, boolean holds) {
        assertThat(NotInFuture.holds(date, today)).isEqualTo(holds);
    }
}

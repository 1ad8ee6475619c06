package vn.giamngheo.platform.web.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateBoundsTests {

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "2000-01-01 | 2026-11-30 | ",
            "1999-12-31 | 2026-11-30 | must be on or after 2000-01-01",
            "1900-01-01 | 2026-11-30 | must be on or after 2000-01-01",
            "2028-11-30 | 2026-11-30 | ",
            "2028-12-01 | 2026-11-30 | must be on or before 2028-11-30 (2 years from today)",
            "+999999999-01-01 | 2026-11-30 | must be on or before 2028-11-30 (2 years from today)",
            "2024-02-29 | 2024-03-01 | "})
    void shouldAcceptDatesFrom2000ToTwoYearsAhead(String date, LocalDate today, String refusal) {
        assertThat(DateBounds.refusal(LocalDate.parse(date), today, DateBounds.YEARS_AHEAD).orElse(null)).isEqualTo(refusal);
    }
}

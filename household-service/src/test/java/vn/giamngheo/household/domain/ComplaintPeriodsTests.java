package vn.giamngheo.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplaintPeriodsTests {

    @ParameterizedTest(name = "decided {0}, received {1}, complex {2} → lodge by {3}, answer by {4}")
    @CsvSource({
            "2026-12-10, 2026-12-20, false, 2027-03-10, 2027-01-19",
            "2026-12-10, 2027-03-10, true,  2027-03-10, 2027-04-24",   // the last day of the period, complex
            "2024-02-29, 2024-03-01, false, 2024-05-29, 2024-03-31",   // a leap year's February
    })
    void shouldCountThePeriodsInDaysFromTheDecisionAndTheReceipt(LocalDate decided, LocalDate received,
            boolean complex, LocalDate lodgeBy, LocalDate answerBy) {
        ComplaintPeriods.Period period = ComplaintPeriods.on(decided).orElseThrow();
        assertThat(ComplaintPeriods.lodgeBy(period, decided)).isEqualTo(lodgeBy);
        assertThat(ComplaintPeriods.answerBy(period, received, complex)).isEqualTo(answerBy);
    }

    @Test
    void shouldNameTheLawOfEachPeriodAndHaveNoneBeforeIt() {
        ComplaintPeriods.Period period = ComplaintPeriods.on(LocalDate.of(2026, 12, 10)).orElseThrow();
        assertThat(period.lodgeSource()).contains("Luật Khiếu nại 2011").contains("Điều 9");
        assertThat(period.answerSource()).contains("Điều 28");
        assertThat(period.postingPeriodNote()).contains("[U]");
        assertThat(ComplaintPeriods.on(LocalDate.of(2012, 6, 30))).isEmpty();
    }
}

package vn.giamngheo.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.plan.domain.ProgressReporting.Refusal;

/** A report needs an approved plan, a date not in the future and one of the plan's indicators, judged in that order. */
class ProgressReportingTests {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    @ParameterizedTest(name = "approved {0}, reported on {1}, indicator {2} → {3}")
    @CsvSource(nullValues = "none", value = {
            // approved, reported on, indicator, refusal
            "true,  2024-06-30, DA6.TDA2.communication-attendances, none",
            "true,  2023-01-15, DA7.TDA1.training-attendances,      none",
            "false, 2024-06-30, DA6.TDA2.communication-attendances, NO_APPROVED_VERSION",
            "false, 2024-07-01, DA9.houses,                         NO_APPROVED_VERSION",
            "true,  2024-07-01, DA6.TDA2.communication-attendances, DATED_IN_FUTURE",
            "true,  2024-07-01, DA9.houses,                         DATED_IN_FUTURE",
            "true,  2024-06-30, DA9.houses,                         UNKNOWN_INDICATOR"})
    void shouldJudgeAReport(boolean approved, LocalDate reportedOn, String indicator, Refusal refusal) {
        List<String> keys = approved
                ? List.of("DA6.TDA2.communication-attendances", "DA7.TDA1.training-attendances") : List.of();
        assertThat(ProgressReporting.refusal(approved, reportedOn, TODAY, keys, indicator))
                .isEqualTo(Optional.ofNullable(refusal));
    }
}

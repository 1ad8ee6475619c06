package vn.giamngheo.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingShareTests {

    @ParameterizedTest(name = "{0} of the meeting agreed: carried {1}")
    @CsvSource({
            "0, false",
            "0.4, false",
            "0.4999, false",     // just under half: back for a new survey
            "0.5, true",         // exactly half carries it
            "0.5000, true",
            "0.5001, true",
            "1, true",
    })
    void shouldSendAReviewBackWhenUnderHalfOfTheMeetingAgreed(BigDecimal share, boolean agreed) {
        assertThat(MeetingShare.agreed(share)).isEqualTo(agreed);
    }
}

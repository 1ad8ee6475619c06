package vn.giamngheo.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.PovertyStatus;

class MovementsTests {

    @ParameterizedTest(name = "{0} → {1} (ever listed {2}) is {3}")
    @CsvSource({
            ", POOR, false, NEW",
            "NOT_POOR, POOR, false, NEW",
            "NOT_POOR, NEAR_POOR, false, NEW",
            "NOT_POOR, POOR, true, RE_ENTRY",
            "AVERAGE_LIVING, NEAR_POOR, true, RE_ENTRY",
            "NEAR_POOR, POOR, true, FROM_NEAR_POOR",
            "POOR, NEAR_POOR, true, FROM_POOR",
            "POOR, AVERAGE_LIVING, true, EXIT",
            "POOR, NOT_POOR, true, EXIT",
            "NEAR_POOR, NOT_POOR, true, EXIT",
    })
    void shouldCountEachChangeAsItsMovement(PovertyStatus before, PovertyStatus after, boolean everListed,
            MovementKind expected) {
        assertThat(Movements.of(before, after, everListed, false, false)).hasValue(expected);
    }

    @Test
    void shouldCountAChangeByTheReformAloneAsItsOwnKind() {
        assertThat(Movements.of(PovertyStatus.POOR, PovertyStatus.AVERAGE_LIVING, true, true, false))
                .hasValue(MovementKind.ADMINISTRATIVE_RECLASSIFICATION);
    }

    @Test
    void shouldCountAChangeByTheNewStandardAloneAsItsOwnKindOnlyWhereAListMoves() {
        assertThat(Movements.of(PovertyStatus.AVERAGE_LIVING, PovertyStatus.POOR, true, false, true))
                .hasValue(MovementKind.STANDARD_RECLASSIFICATION);
        assertThat(Movements.of(PovertyStatus.NEAR_POOR, PovertyStatus.POOR, true, false, true))
                .hasValue(MovementKind.STANDARD_RECLASSIFICATION);
        // The reform's reclassification is named first; off the lists nothing moves either way.
        assertThat(Movements.of(PovertyStatus.POOR, PovertyStatus.AVERAGE_LIVING, true, true, true))
                .hasValue(MovementKind.ADMINISTRATIVE_RECLASSIFICATION);
        assertThat(Movements.of(PovertyStatus.NOT_POOR, PovertyStatus.AVERAGE_LIVING, false, false, true)).isEmpty();
    }

    @Test
    void shouldCountNothingWhenNothingChangedOrNoListMoved() {
        assertThat(Movements.of(PovertyStatus.POOR, PovertyStatus.POOR, true, false, false)).isEmpty();
        assertThat(Movements.of(PovertyStatus.NOT_POOR, PovertyStatus.AVERAGE_LIVING, false, false, false)).isEmpty();
    }

    @Test
    void shouldCountAHouseholdAsEthnicMinorityByItsHeadOrSpouse() {
        assertThat(EthnicMinority.household(List.of(new EthnicMinority.Person("HEAD", "Kinh"),
                new EthnicMinority.Person("SPOUSE", "Tày")))).isTrue();
        assertThat(EthnicMinority.household(List.of(new EthnicMinority.Person("HEAD", "Kinh"),
                new EthnicMinority.Person("CHILD", "Nùng")))).isFalse();
        assertThat(EthnicMinority.household(List.of(new EthnicMinority.Person("HEAD", "Nùng")))).isTrue();
    }
}

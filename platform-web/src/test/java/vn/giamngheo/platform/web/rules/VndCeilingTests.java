package vn.giamngheo.platform.web.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** Sums of money are exact below the ceiling and refused above it, never wrapped around. */
class VndCeilingTests {

    @Test
    void shouldSumAmountsUpToTheCeilingExactly() {
        assertThat(VndCeiling.sum(List.of(12_893_000_000L, 1_550_000_000L))).isEqualTo(OptionalLong.of(14_443_000_000L));
        assertThat(VndCeiling.sum(List.of(VndCeiling.MAX_VND - 1, 1L))).isEqualTo(OptionalLong.of(VndCeiling.MAX_VND));
        assertThat(VndCeiling.sum(List.of())).isEqualTo(OptionalLong.of(0));
        assertThat(VndCeiling.sum(Arrays.asList(5L, null, 7L))).isEqualTo(OptionalLong.of(12));
    }

    @Test
    void shouldRefuseASumAboveTheCeilingWhereALongWouldHaveWrappedAround() {
        assertThat(VndCeiling.sum(List.of(VndCeiling.MAX_VND, 1L))).isEmpty();
        // Two lines of Long.MAX_VALUE: as long arithmetic, −2.
        assertThat(VndCeiling.sum(List.of(Long.MAX_VALUE, Long.MAX_VALUE))).isEmpty();
        assertThat(VndCeiling.sum(List.of(600_000_000_000_000L, 600_000_000_000_000L))).isEmpty();
    }
}

package vn.giamngheo.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.platform.events.payload.ReviewRoundKind;

class ListYearTests {

    @ParameterizedTest(name = "{0} round held in {1} produces the list of {2}")
    @CsvSource({
            "PERIODIC, 2022, 2023",          // late 2022 reviews the list for 2023
            "PERIODIC, 2026, 2027",          // the first list under NĐ 351/2025
            "REGULAR, 2022, 2022",           // a monthly review amends its own year's list
            "OPENING_BALANCE, 2022, 2022",
    })
    void shouldProduceTheListOfTheRightYear(ReviewRoundKind kind, int heldYear, int listYear) {
        assertThat(ListYear.producedBy(kind, heldYear)).isEqualTo(listYear);
    }
}

package vn.giamngheo.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facts of Trùng Khánh (047, Cao Bằng) across the 2025 reform, which ended the district on 2025-06-30: Quang Trung
 * 01465 kept its code and took in Tri Phương 01453; Trà Lĩnh 01447 kept its code and took in Quốc Toản 01474 of
 * Quảng Hòa (049).
 */
class FormerDistrictsTests {

    @ParameterizedTest(name = "a fact of {0} recorded under district {1} rolls up to {2}")
    @CsvSource({
            // commune, district of the fact (empty: after the reform), district it rolls up to
            "01465, 047, 047",      // before the reform: its own district
            "01453, 047, 047",
            "01474, 049, 049",
            "01465, , 047",         // after it: the district of the old commune whose code it kept
            "01447, , 047",         // not Quảng Hòa, although it took in Quốc Toản
            "047, , "})             // not a successor commune: nothing to roll up to
    void shouldRollAFactUpToItsFormerDistrict(String commune, String district, String former) {
        assertThat(FormerDistricts.of(commune, district)).isEqualTo(former);
    }

    @ParameterizedTest(name = "a fact of {1} in {2} counts in the report of {0}: {3}")
    @CsvSource({
            // report unit, unit of the fact, year, counts
            "047, 01465, 2025, true",     // 1 January 2025: the district still stands
            "047, 01453, 2025, true",
            "047, 01447, 2025, true",
            "047, 01474, 2025, false",    // Quốc Toản was Quảng Hòa's
            "049, 01474, 2025, true",
            "047, 01465, 2026, true",     // after the reform: a successor commune that kept one of its codes
            "047, 01447, 2026, true",
            "049, 01447, 2026, false",    // Trà Lĩnh counts with Trùng Khánh only
            "047, 01453, 2026, false",    // Tri Phương no longer exists: its facts are Quang Trung's
            "04, 01447, 2026, true",      // the province holds the new commune
            "04, 01465, 2025, true"})
    void shouldCountAUnitsFactInTheReportsThatCoverIt(String reportUnit, String unit, int year, boolean counts) {
        assertThat(FormerDistricts.includes(reportUnit, unit, year)).isEqualTo(counts);
    }

    @ParameterizedTest(name = "on {0} former district {1} groups {2}: {3}")
    @CsvSource({
            // day, former district, a code, grouped
            "2025-12-31, 047, 01447, true",     // Trà Lĩnh kept a code of Trùng Khánh
            "2025-12-31, 047, 01474, true",     // and took in Quốc Toản of Quảng Hòa: its land counts with Trùng Khánh
            "2025-12-31, 049, 01474, false",
            "2025-12-31, 047, 01453, true",     // Tri Phương, taken in by Quang Trung
            "2025-12-31, 040, 01273, true",     // Phường Thục Phán kept a code of the city's
            "2025-06-30, 047, 01447, false"})   // before the reform a district groups nothing: it has communes
    void shouldGroupTheLandOfTheCommunesThatKeptItsCommunesCodes(java.time.LocalDate day, String district,
            String code, boolean grouped) {
        assertThat(FormerDistricts.groupedBy(district, day).contains(code)).isEqualTo(grouped);
    }
}

package vn.giamngheo.platform.events.payload;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A commune reported its total resident households for a year: the denominator of its rates. A later report for
 * the same commune and year replaces the earlier one. Keyed by {@code communeCode:year}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TotalHouseholdsReported(
        String communeCode,
        String districtCode,
        String provinceCode,
        int year,
        long totalHouseholds,
        Long ethnicMinorityHouseholds,
        LocalDate reportedOn) {
}

package vn.giamngheo.platform.refdata;

import java.time.LocalDate;

/**
 * One version of an administrative unit: what a code named between two dates. A code may name different land
 * before and after the 2025 reform, so a code alone never identifies a unit; a code and a date do.
 *
 * @param validFrom first day of validity, or null for "before the earliest date the platform holds"
 * @param validTo last day of validity, or null while still valid
 */
public record UnitVersion(String code, String name, UnitLevel level, String parentCode, AreaType areaType,
        LocalDate validFrom, LocalDate validTo, String source) {

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}

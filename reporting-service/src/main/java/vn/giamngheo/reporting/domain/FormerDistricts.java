package vn.giamngheo.reporting.domain;

import java.time.LocalDate;

import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.Succession;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.refdata.UnitVersion;

/**
 * How facts roll up to a district after the 2025 reform abolished the level: a former district's report groups
 * the successor communes that kept one of its communes' codes (DOMAIN.md §5) — a grouping, not the same land.
 */
public final class FormerDistricts {

    private FormerDistricts() {
    }

    /**
     * The district a commune's fact rolls up to: its own district before the reform; after it, the district of the
     * old commune whose code the successor kept (Trà Lĩnh 01447 counts with Trùng Khánh, although it also took in
     * Quốc Toản from Quảng Hòa).
     */
    public static String of(String communeCode, String districtCode) {
        if (districtCode != null) {
            return districtCode;
        }
        AdministrativeUnits units = AdministrativeUnits.get();
        return units.predecessorsOf(communeCode).stream().map(Succession::predecessorCode)
                .filter(communeCode::equals).findFirst()
                .or(() -> units.predecessorsOf(communeCode).stream().map(Succession::predecessorCode).findFirst())
                .flatMap(old -> units.provinceOf(old).flatMap(province -> units.lastDayOf(UnitLevel.DISTRICT, province))
                        .flatMap(day -> units.ancestorAt(old, UnitLevel.DISTRICT, day)))
                .map(UnitVersion::code).orElse(null);
    }

    /**
     * Every code whose land the communes a former district groups on the day hold: the communes valid then whose
     * former district ({@link #of}) it is, and the codes they took in. Empty while the district exists (its communes
     * are its own then) and for a code that grouped nothing.
     */
    public static java.util.Set<String> groupedBy(String districtCode, LocalDate day) {
        AdministrativeUnits units = AdministrativeUnits.get();
        java.util.Set<String> codes = new java.util.TreeSet<>();
        String province = units.provinceOf(districtCode).orElse(null);
        if (units.find(districtCode, day).isPresent()) {
            return codes;
        }
        for (UnitVersion c : units.all()) {
            if (province != null && c.level() == UnitLevel.COMMUNE && c.validOn(day)
                    && units.isWithin(c.code(), province, day) && districtCode.equals(of(c.code(), null))) {
                codes.addAll(units.codesHeldBy(c.code(), day));
            }
        }
        return codes;
    }

    /**
     * Whether a unit's fact of a year counts in the report of {@code reportUnit}: the unit lies within it on the
     * year's first day, or the report is of a district the reform had ended by then and the unit is one of the
     * successor communes it groups.
     */
    public static boolean includes(String reportUnit, String unitCode, int year) {
        LocalDate on = LocalDate.of(year, 1, 1);
        AdministrativeUnits units = AdministrativeUnits.get();
        if (units.isWithin(unitCode, reportUnit, on)) {
            return true;
        }
        boolean endedDistrict = units.find(reportUnit, on).isEmpty()
                && units.versions(reportUnit).stream().anyMatch(v -> v.level() == UnitLevel.DISTRICT);
        return endedDistrict && units.find(unitCode, on).filter(u -> u.level() == UnitLevel.COMMUNE).isPresent()
                && reportUnit.equals(of(unitCode, null));
    }
}

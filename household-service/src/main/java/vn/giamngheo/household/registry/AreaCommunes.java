package vn.giamngheo.household.registry;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.problem.ProblemException;

/**
 * The commune codes whose households lie in an area today: a commune with those it was formed from, a district's or
 * a province's communes with theirs. Worked out once per area and day: a province's are found by reading every unit.
 */
public final class AreaCommunes {

    private AreaCommunes() {
    }

    /** The commune that holds a commune's households on the day: the one the 2025 reform formed, or itself. */
    public static String holder(String communeCode, LocalDate on) {
        return AdministrativeUnits.get().currentCode(communeCode, on).orElse(communeCode);
    }

    private static final Map<String, Set<String>> AREAS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The commune codes whose households lie in the area on the day; a code no household has when none. */
    public static Set<String> of(String areaCode, LocalDate today) {
        return AREAS.computeIfAbsent(areaCode + "@" + today, k -> communesOf(areaCode, today));
    }

    private static Set<String> communesOf(String areaCode, LocalDate today) {
        AdministrativeUnits units = AdministrativeUnits.get();
        UnitVersion area = units.find(areaCode, today).orElseThrow(() -> ProblemException.notFound(
                "No administrative unit has code " + areaCode + " today."));
        Set<String> codes = new LinkedHashSet<>();
        if (area.level() == UnitLevel.COMMUNE) {
            codes.addAll(units.codesHeldBy(areaCode, today));
        } else {
            for (UnitVersion unit : units.all()) {
                if (unit.level() == UnitLevel.COMMUNE && !codes.contains(unit.code())
                        && units.find(unit.code(), today).isPresent() && units.isWithin(unit.code(), areaCode, today)) {
                    codes.addAll(units.codesHeldBy(unit.code(), today));
                }
            }
        }
        return codes.isEmpty() ? Set.of("-") : Set.copyOf(codes);
    }
}

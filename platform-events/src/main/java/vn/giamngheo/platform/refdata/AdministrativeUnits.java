package vn.giamngheo.platform.refdata;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The administrative units as dated versions, with the 2025 succession table. "Which unit was this code, and
 * what was its parent and type, on this date?" is {@link #find(String, LocalDate)}.
 */
public final class AdministrativeUnits {

    /**
     * A class-path file of further units, read with the real ones where it is configured: the test profile names a
     * fictitious province there, so that every test run can write about units no earlier run has touched.
     */
    public static final String EXTRA_UNITS = "giamngheo.refdata.extra-units";
    /** A class-path file of further successions, read with the real ones where it is configured. */
    public static final String EXTRA_SUCCESSIONS = "giamngheo.refdata.extra-successions";

    private final Map<String, List<UnitVersion>> versionsByCode = new LinkedHashMap<>();
    private final List<Succession> successions = new ArrayList<>();
    /** lastDayOf's answers: the data never changes, and the projections ask for every post-reform event. */
    private final Map<String, Optional<LocalDate>> lastDays = new java.util.concurrent.ConcurrentHashMap<>();

    private AdministrativeUnits(List<String[]> units, List<String[]> succession) {
        for (String[] c : units) {
            UnitVersion v = new UnitVersion(c[0], c[1], UnitLevel.valueOf(c[2]), c[3].isEmpty() ? null : c[3],
                    AreaType.valueOf(c[4]), date(c[5]), date(c[6]), c[7]);
            versionsByCode.computeIfAbsent(v.code(), k -> new ArrayList<>()).add(v);
        }
        versionsByCode.values().forEach(list -> list.sort(Comparator.comparing(UnitVersion::validFrom,
                Comparator.nullsFirst(Comparator.naturalOrder()))));
        for (String[] c : succession) {
            successions.add(new Succession(c[0], c[1], LocalDate.parse(c[2])));
        }
    }

    public static AdministrativeUnits get() {
        return Loaded.INSTANCE;
    }

    /** Loaded on first use, when the configuration of the application that uses it is in place. */
    private static final class Loaded {
        static final AdministrativeUnits INSTANCE = load();
    }

    private static AdministrativeUnits load() {
        List<String[]> units = new ArrayList<>(CsvResource.read("refdata/administrative-units.csv", 8));
        List<String[]> successions = new ArrayList<>(CsvResource.read("refdata/unit-succession.csv", 3));
        configured(EXTRA_UNITS).ifPresent(file -> units.addAll(CsvResource.read(file, 8)));
        configured(EXTRA_SUCCESSIONS).ifPresent(file -> successions.addAll(CsvResource.read(file, 3)));
        return new AdministrativeUnits(units, successions);
    }

    private static Optional<String> configured(String property) {
        try {
            return org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue(property, String.class)
                    .filter(f -> !f.isBlank());
        } catch (IllegalStateException | LinkageError noConfiguration) {
            // A plain program without MicroProfile Config (a tool, a unit test) knows the real units alone.
            return Optional.empty();
        }
    }

    /** The version of the unit with this code that was valid on the date, if the code named a unit then. */
    public Optional<UnitVersion> find(String code, LocalDate date) {
        return versions(code).stream().filter(v -> v.validOn(date)).findFirst();
    }

    /**
     * The latest day, not after {@code notAfter}, on which the code named a unit: {@code notAfter} itself while the
     * code is valid, otherwise the last day of its latest version before it. A fact about a unit that no longer
     * exists is judged on the last day it existed.
     */
    public Optional<LocalDate> latestValidDay(String code, LocalDate notAfter) {
        if (find(code, notAfter).isPresent()) {
            return Optional.of(notAfter);
        }
        return versions(code).stream().map(UnitVersion::validTo)
                .filter(to -> to != null && to.isBefore(notAfter))
                .max(LocalDate::compareTo);
    }

    /**
     * The last day on which any unit of the level existed in the province, if the level ended there (Cao Bằng's
     * districts: 2025-06-30).
     */
    public Optional<LocalDate> lastDayOf(UnitLevel level, String provinceCode) {
        return lastDays.computeIfAbsent(level + "/" + provinceCode, k -> computeLastDayOf(level, provinceCode));
    }

    private Optional<LocalDate> computeLastDayOf(UnitLevel level, String provinceCode) {
        List<UnitVersion> all = versionsByCode.values().stream().flatMap(List::stream)
                .filter(v -> v.level() == level && isWithin(v.code(), provinceCode, someDayOf(v))).toList();
        if (all.isEmpty() || all.stream().anyMatch(v -> v.validTo() == null)) {
            return Optional.empty();
        }
        return all.stream().map(UnitVersion::validTo).max(LocalDate::compareTo);
    }

    /** The province a unit lay in on the last day of its latest version (units never change province here). */
    public Optional<String> provinceOf(String code) {
        List<UnitVersion> all = versions(code);
        return all.isEmpty() ? Optional.empty()
                : ancestorAt(code, UnitLevel.PROVINCE, someDayOf(all.get(all.size() - 1))).map(UnitVersion::code);
    }

    private static LocalDate someDayOf(UnitVersion v) {
        return v.validTo() != null ? v.validTo() : v.validFrom() != null ? v.validFrom() : LocalDate.of(2000, 1, 1);
    }

    /** Every version of every unit, by code, oldest first. */
    public List<UnitVersion> all() {
        return versionsByCode.values().stream().flatMap(List::stream).toList();
    }

    /** Every version of a code, oldest first. */
    public List<UnitVersion> versions(String code) {
        return versionsByCode.getOrDefault(code, List.of());
    }

    /** The unit and its ancestors on the date, the unit first; empty if the code named no unit then. */
    public List<UnitVersion> lineage(String code, LocalDate date) {
        List<UnitVersion> chain = new ArrayList<>();
        Optional<UnitVersion> current = find(code, date);
        while (current.isPresent()) {
            chain.add(current.get());
            String parent = current.get().parentCode();
            current = parent == null ? Optional.empty() : find(parent, date);
        }
        return chain;
    }

    /** Whether, on the date, the unit is the area itself or lies within it. */
    public boolean isWithin(String code, String areaCode, LocalDate date) {
        return lineage(code, date).stream().anyMatch(v -> v.code().equals(areaCode));
    }

    /** The ancestor at the given level on the date (for a commune before 2025-07-01: its district). */
    public Optional<UnitVersion> ancestorAt(String code, UnitLevel level, LocalDate date) {
        return lineage(code, date).stream().filter(v -> v.level() == level).findFirst();
    }

    /** The units whose parent on the date is the given unit. */
    public List<UnitVersion> children(String parentCode, LocalDate date) {
        return versionsByCode.values().stream().flatMap(List::stream)
                .filter(v -> parentCode.equals(v.parentCode()) && v.validOn(date))
                .toList();
    }

    /** Where the unit's land went at a reform; empty for a unit that no reform ended. */
    public List<Succession> successorsOf(String code) {
        return successions.stream().filter(s -> s.predecessorCode().equals(code)).toList();
    }

    /** Which units' land a unit was formed from. */
    public List<Succession> predecessorsOf(String code) {
        return successions.stream().filter(s -> s.successorCode().equals(code)).toList();
    }

    /**
     * The code that holds a unit's land on a date: the code itself while it names a unit then; for a unit a reform
     * had ended by then, its successor's (followed through later reforms) when its land went whole to one successor.
     * Empty when the land was split or the code named nothing.
     */
    public Optional<String> currentCode(String code, LocalDate date) {
        String current = code;
        for (int reform = 0; reform <= successions.size(); reform++) {
            if (find(current, date).isPresent()) {
                return Optional.of(current);
            }
            String from = current;
            List<Succession> next = successions.stream()
                    .filter(s -> s.predecessorCode().equals(from) && !s.effective().isAfter(date)).toList();
            if (next.size() != 1) {
                return Optional.empty();
            }
            current = next.get(0).successorCode();
        }
        return Optional.empty();
    }

    /**
     * Every code whose land the unit holds on the date: its own and those of the units that became it (Quang Trung
     * 01465 from 2025-07-01: 01465, 01453 and 01462), so that facts recorded under an ended commune are found.
     */
    public Set<String> codesHeldBy(String code, LocalDate date) {
        Set<String> held = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(code));
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (held.add(c)) {
                predecessorsOf(c).stream().filter(s -> !s.effective().isAfter(date))
                        .map(Succession::predecessorCode)
                        .filter(p -> currentCode(p, date).filter(code::equals).isPresent())
                        .forEach(todo::push);
            }
        }
        return held;
    }

    private static LocalDate date(String s) {
        return s.isEmpty() ? null : LocalDate.parse(s);
    }
}

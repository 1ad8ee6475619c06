package vn.giamngheo.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import vn.giamngheo.demo.Standard.Status;

/**
 * Cao Bằng (04) as a seeded, synthetic data set: the resident households of the 161 communes, wards and towns of its
 * 10 districts for 2022–2025, the recognised list for 2022 (the opening balance), and the households, members and
 * survey answers of the periodic reviews of late 2022 (the list for 2023) and late 2023 (the list for 2024, which
 * measures the 2023 plans); then, across the 2025 reform, the 56 communes and wards that hold the province's land
 * from 2025-07-01 with their resident households for 2026 and their periodic review of late 2025 (the list for
 * 2026), which covers the households registered under the communes they were formed from. The same seed and size
 * give the same province, byte for byte; a commune's data depend only on the seed and its code, so Trùng Khánh's
 * communes are what they were when the data set was that district alone.
 *
 * <p>The rates are drawn per commune around the province's published ones (poor households 28.94 % on the list for
 * 2023 and 24.71 % on that for 2024, VNA [S]); no district's figures were found published, so the spread among
 * communes is synthetic.
 *
 * <p>Nobody in it is real: names are drawn from common Tày, Nùng and Kinh names, and every identity number starts
 * with 99, which is no province's code (real citizen identity numbers start with the birth province, 001–096).
 *
 * <p>Every survey is generated for the class it is meant to give under the standard of its list and the area type
 * of the commune that reviews it, so the expected lists follow from the data alone, without asking the services.
 */
public final class SyntheticProvince {

    public static final long DEFAULT_SEED = 2023L;
    public static final String PROVINCE = "04";
    public static final int OPENING_LIST_YEAR = 2022;
    /** The periodic reviews, by the year they are held in; each produces the list of the next year. */
    public static final List<Integer> REVIEW_YEARS = List.of(2022, 2023, 2025, 2026);
    /** The periodic review under way as the demo is loaded: late 2026, producing the list of 2027 under NĐ 351/2025. */
    public static final int REVIEW_UNDER_WAY = 2026;
    /** The first day of the two-level local government (NQ 1657/NQ-UBTVQH15). */
    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    /**
     * How many households: FULL, the province's own size (about 125,000 resident households), or FEW, a few
     * households per commune (a fortieth of its full size, at least a dozen), for a test that
     * drives every unit.
     */
    public enum Size {
        FULL, FEW;

        long households(long full) {
            return this == FULL ? full : Math.max(12, full / 40);
        }
    }

    /**
     * A commune, its district (none for the communes the reform formed), its area type (which picks the income
     * line) and its resident households per year.
     */
    public record Commune(String code, String name, String districtCode, boolean urban, Map<Integer, Long> totals,
            Map<Integer, Long> ethnicMinorityTotals) {
    }

    /** A member of a household. */
    public record Person(String fullName, int birthYear, String sex, String ethnicity, String relation,
            boolean disability, boolean healthInsurance, String personalId) {
    }

    /**
     * A household's survey in a periodic review: its answers and the class they are meant to give.
     *
     * @param firstReturned sent first with a village meeting that did not reach half in agreement (the batch API
     *        returns it for re-survey), then again after the re-survey
     */
    public record Survey(int heldYear, LocalDate date, long incomePerPersonMonthlyVnd, List<String> deprivedIndicators,
            Status intended, boolean firstReturned) {

        public LocalDate resurveyDate() {
            return date.plusDays(10);
        }
    }

    /**
     * A household: on the opening list with a status, or registered by the review that first surveyed it.
     *
     * @param key stable within the data set, e.g. {@code 01453-0042}
     * @param communeCode the commune it was registered in
     * @param registeredUrban whether that commune was urban (a thị trấn) when it was registered
     */
    public record Household(String key, String communeCode, boolean registeredUrban, String village,
            List<Person> members, Status opening, Map<Integer, Survey> surveys) {

        public Person head() {
            return members.get(0);
        }

        /** Head or spouse not Kinh: the usual reading of an ethnic-minority (DTTS) household. */
        public boolean ethnicMinority() {
            return members.stream().filter(m -> m.relation().equals("HEAD") || m.relation().equals("SPOUSE"))
                    .anyMatch(m -> !m.ethnicity().equals("Kinh"));
        }

        /** Its status on the list of a year, or null if it is not registered by then. */
        public Status statusOnList(int listYear) {
            Status status = opening;
            for (int held : REVIEW_YEARS) {
                if (held + 1 <= listYear && surveys.containsKey(held)) {
                    status = surveys.get(held).intended();
                }
            }
            return status;
        }

        /** Whether it was poor or near-poor on any list before this one. */
        public boolean everListedBefore(int listYear) {
            for (int year = OPENING_LIST_YEAR; year < listYear; year++) {
                Status s = statusOnList(year);
                if (s != null && s.listed()) {
                    return true;
                }
            }
            return false;
        }
    }

    private final long seed;
    private final List<Commune> communes;
    private final List<Commune> successors;
    private final Map<String, String> successorOf;
    private final List<Household> households;

    private SyntheticProvince(long seed, List<Commune> communes, List<Commune> successors,
            Map<String, String> successorOf, List<Household> households) {
        this.seed = seed;
        this.communes = communes;
        this.successors = successors;
        this.successorOf = successorOf;
        this.households = households;
    }

    public long seed() {
        return seed;
    }

    /** The 161 communes, wards and towns until 2025-06-30, by district and code. */
    public List<Commune> communes() {
        return communes;
    }

    /** The communes of a district until 2025-06-30. */
    public List<Commune> communesOf(String districtCode) {
        return communes.stream().filter(c -> districtCode.equals(c.districtCode())).toList();
    }

    /** The districts until 2025-06-30, in code order. */
    public List<String> districts() {
        return communes.stream().map(Commune::districtCode).distinct().sorted().toList();
    }

    /** The 56 communes and wards that hold the province's land from 2025-07-01. */
    public List<Commune> successors() {
        return successors;
    }

    /** The communes whose lists make the list of a year: the old ones until 2025, their successors from 2026. */
    public List<Commune> communesOfList(int listYear) {
        return listYear > REFORM.getYear() ? successors : communes;
    }

    public List<Household> households() {
        return households;
    }

    /** The households registered in a commune. */
    public List<Household> householdsOf(String communeCode) {
        return households.stream().filter(h -> h.communeCode().equals(communeCode)).toList();
    }

    /** The households a commune holds on the list of a year: after the reform, also those of its predecessors. */
    public List<Household> householdsOnListOf(String communeCode, int listYear) {
        return households.stream().filter(h -> holder(h.communeCode(), listYear).equals(communeCode)).toList();
    }

    /** The commune that holds a commune's land for the list of a year. */
    public String holder(String communeCode, int listYear) {
        return listYear > REFORM.getYear() ? successorOf.getOrDefault(communeCode, communeCode) : communeCode;
    }

    /** The resident households of a commune of the list of a year, or of all that it was formed from. */
    public long total(Commune commune, int year) {
        if (commune.totals().containsKey(year)) {
            return commune.totals().get(year);
        }
        return communes.stream().filter(c -> successorOf.get(c.code()).equals(commune.code()))
                .mapToLong(c -> c.totals().get(year)).sum();
    }

    /**
     * What a household's change from the previous list to this one counts as in the review reports (new, re-entry,
     * from near-poor, from poor, exit, or a reclassification caused by the reform alone or by a new standard alone),
     * or null when it did not move into, out of or between the lists.
     */
    public String movementOnList(Household h, int listYear) {
        Status before = h.statusOnList(listYear - 1);
        Status after = h.statusOnList(listYear);
        boolean wasListed = before != null && before.listed();
        boolean isListed = after != null && after.listed();
        if (before == after || (!wasListed && !isListed)) {
            return null;
        }
        Survey survey = h.surveys().get(listYear - 1);
        String holder = holder(h.communeCode(), listYear);
        boolean urbanNow = communesOfList(listYear).stream().filter(c -> c.code().equals(holder)).findFirst()
                .map(Commune::urban).orElse(h.registeredUrban());
        boolean decidedUrban = decidedUrban(h, listYear - 1);
        if (before != null && survey != null && decidedUrban != urbanNow
                && Standard.forList(listYear).classify(decidedUrban, survey.incomePerPersonMonthlyVnd(),
                        survey.deprivedIndicators().size()) == before) {
            // The answers would have kept its class under the old area type: the reform alone moved it.
            return "ADMINISTRATIVE_RECLASSIFICATION";
        }
        Standard previous = Standard.forList(listYear - 1);
        if (before != null && survey != null && previous != Standard.forList(listYear)
                && previous.classify(urbanNow, survey.incomePerPersonMonthlyVnd(), (int) survey.deprivedIndicators()
                        .stream().filter(previous.indicators()::contains).count()) == before) {
            // Its answers, under the previous standard's line and the indicators both share, keep its class: the new
            // standard alone moved it.
            return "STANDARD_RECLASSIFICATION";
        }
        if (!wasListed) {
            return h.everListedBefore(listYear) ? "RE_ENTRY" : "NEW";
        }
        if (!isListed) {
            return "EXIT";
        }
        return before == Status.NEAR_POOR ? "FROM_NEAR_POOR" : "FROM_POOR";
    }

    /**
     * The area type a household's class on a list was decided under: that of the commune which last surveyed it (or
     * listed it first) up to that list.
     */
    private boolean decidedUrban(Household h, int listYear) {
        int decided = OPENING_LIST_YEAR;
        for (int held : REVIEW_YEARS) {
            if (held + 1 <= listYear && h.surveys().containsKey(held)) {
                decided = held + 1;
            }
        }
        String holder = holder(h.communeCode(), decided);
        return communesOfList(decided).stream().filter(c -> c.code().equals(holder)).findFirst().map(Commune::urban)
                .orElse(h.registeredUrban());
    }

    public static SyntheticProvince generate(long seed) {
        return generate(seed, Size.FULL);
    }

    public static SyntheticProvince generate(long seed, Size size) {
        List<Commune> communes = new ArrayList<>();
        List<String[]> units = new ArrayList<>();
        List<String> districts = new ArrayList<>();
        for (String[] district : unitsOf(PROVINCE, LocalDate.of(OPENING_LIST_YEAR, 1, 1), "DISTRICT")) {
            for (String[] commune : unitsOf(district[0], LocalDate.of(OPENING_LIST_YEAR, 1, 1), "COMMUNE")) {
                units.add(commune);
                districts.add(district[0]);
            }
        }
        Map<String, String> successorOf = successions();
        List<CommuneGenerator> generators = new ArrayList<>();
        for (int index = 0; index < units.size(); index++) {
            String[] unit = units.get(index);
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + Long.parseLong(unit[0]));
            CommuneGenerator g = new CommuneGenerator(random, unit[0], unit[1], districts.get(index),
                    unit[2].equals("URBAN"), index + 1, size);
            communes.add(g.beforeReform());
            generators.add(g);
        }
        List<Commune> successors = new ArrayList<>();
        List<String[]> after = unitsOf(PROVINCE, REFORM, "COMMUNE");
        for (int index = 0; index < after.size(); index++) {
            String[] unit = after.get(index);
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + Long.parseLong(unit[0]) + 7_919L);
            CommuneGenerator g = new CommuneGenerator(random, unit[0], unit[1], null, unit[2].equals("URBAN"),
                    units.size() + index + 1, size);
            List<CommuneGenerator> predecessors = generators.stream()
                    .filter(p -> unit[0].equals(successorOf.get(p.code()))).toList();
            successors.add(g.afterReform(predecessors));
            generators.add(g);
        }
        List<Household> households = new ArrayList<>();
        generators.forEach(g -> households.addAll(g.households()));
        return new SyntheticProvince(seed, List.copyOf(communes), List.copyOf(successors), Map.copyOf(successorOf),
                List.copyOf(households));
    }

    /** The units of a level under a unit on a day, from the platform's reference data: code, name, area type. */
    static List<String[]> unitsOf(String parent, LocalDate on, String level) {
        List<String[]> out = new ArrayList<>();
        for (String[] f : csv("/demo/administrative-units.csv")) {
            boolean valid = (f[5].isEmpty() || !on.isBefore(LocalDate.parse(f[5])))
                    && (f[6].isEmpty() || !on.isAfter(LocalDate.parse(f[6])));
            if (f[2].equals(level) && f[3].equals(parent) && valid) {
                out.add(new String[] { f[0], f[1], f[4] });
            }
        }
        out.sort((a, b) -> a[0].compareTo(b[0]));
        return out;
    }

    /** Old commune → the commune that holds its land from the reform (the platform's succession table). */
    static Map<String, String> successions() {
        Map<String, String> out = new TreeMap<>();
        for (String[] f : csv("/demo/unit-succession.csv")) {
            out.put(f[0], f[1]);
        }
        return out;
    }

    private static List<String[]> csv(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SyntheticProvince.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split(",", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}

package vn.giamngheo.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
    public static final List<Integer> REVIEW_YEARS = List.of(2022, 2023, 2025);
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
     * from near-poor, from poor, exit, or a reclassification caused by the reform alone), or null when it did not
     * move into, out of or between the lists.
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
        if (before != null && survey != null && h.registeredUrban() != urbanNow
                && Standard.forList(listYear).classify(h.registeredUrban(), survey.incomePerPersonMonthlyVnd(),
                        survey.deprivedIndicators().size()) == before) {
            // The answers would have kept its class under the old area type: the reform alone moved it.
            return "ADMINISTRATIVE_RECLASSIFICATION";
        }
        if (!wasListed) {
            return h.everListedBefore(listYear) ? "RE_ENTRY" : "NEW";
        }
        if (!isListed) {
            return "EXIT";
        }
        return before == Status.NEAR_POOR ? "FROM_NEAR_POOR" : "FROM_POOR";
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
                    .filter(p -> unit[0].equals(successorOf.get(p.code))).toList();
            successors.add(g.afterReform(predecessors));
            generators.add(g);
        }
        List<Household> households = new ArrayList<>();
        generators.forEach(g -> g.drafts.forEach(d -> households.add(d.build())));
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

    /** One commune's households and reviews. */
    private static final class CommuneGenerator {
        // Of a hundred households, where each class goes at a periodic review (poor, near-poor, average, not poor).
        private static final Map<Integer, int[][]> TRANSITIONS = Map.of(
                2022, new int[][] { { 82, 11, 5, 2 }, { 3, 70, 19, 8 } },
                2023, new int[][] { { 82, 11, 5, 2 }, { 2, 68, 21, 9 } },
                2025, new int[][] { { 80, 12, 6, 2 }, { 2, 67, 22, 9 } });
        // New applicants (form Mẫu số 01): most are found near-poor, some poor, the rest above the line.
        private static final int[] APPLICANTS = { 20, 45, 25, 10 };

        private final SplittableRandom random;
        private final String code;
        private final String name;
        private final String district;
        private final boolean urban;
        private final int index;
        private final Size size;
        private final List<String> villages = new ArrayList<>();
        private final List<Draft> drafts = new ArrayList<>();
        private Commune commune;
        private int sequence;
        private int personSequence;

        CommuneGenerator(SplittableRandom random, String code, String name, String district, boolean urban, int index,
                Size size) {
            this.random = random;
            this.code = code;
            this.name = name;
            this.district = district;
            this.urban = urban;
            this.index = index;
            this.size = size;
        }

        /** Totals for 2022–2025, the list for 2022 and the reviews of late 2022 and late 2023. */
        Commune beforeReform() {
            villages.addAll(Names.villages(random, 7 + random.nextInt(8)));
            long total2022 = size.households(urban ? 1_150 + random.nextInt(500) : 430 + random.nextInt(650));
            Map<Integer, Long> totals = new TreeMap<>();
            totals.put(2022, total2022);
            totals.put(2023, grow(total2022));
            totals.put(2024, grow(totals.get(2023)));
            int ethnicShare = urban ? 82 + random.nextInt(8) : 95 + random.nextInt(5);
            int poorPerMille = urban ? 35 + random.nextInt(45) : 310 + random.nextInt(230);
            int nearPerMille = urban ? 40 + random.nextInt(35) : 95 + random.nextInt(85);
            for (long i = 0; i < total2022 * poorPerMille / 1000; i++) {
                drafts.add(new Draft(Status.POOR));
            }
            for (long i = 0; i < total2022 * nearPerMille / 1000; i++) {
                drafts.add(new Draft(Status.NEAR_POOR));
            }
            Collections.shuffle(drafts, new java.util.Random(random.nextLong()));
            for (int held : List.of(2022, 2023)) {
                review(held, drafts, totals.get(held));
            }
            totals.put(2025, grow(totals.get(2024)));
            Map<Integer, Long> ethnic = new TreeMap<>();
            totals.forEach((year, t) -> ethnic.put(year, t * ethnicShare / 100));
            commune = new Commune(code, name, district, urban, Collections.unmodifiableMap(totals),
                    Collections.unmodifiableMap(ethnic));
            return commune;
        }

        /** The commune formed at the reform: its total for 2026 and its review of late 2025 over its predecessors. */
        Commune afterReform(List<CommuneGenerator> predecessors) {
            predecessors.forEach(p -> villages.addAll(p.villages));
            // Keys go on from the old commune whose code this one kept, so that each stays unique.
            sequence = predecessors.stream().filter(p -> p.code.equals(code)).mapToInt(p -> p.sequence).max().orElse(0);
            long total2025 = 0;
            long ethnic2025 = 0;
            List<Draft> held = new ArrayList<>();
            for (CommuneGenerator p : predecessors) {
                held.addAll(p.drafts);
                total2025 += p.commune.totals().get(2025);
                ethnic2025 += p.commune.ethnicMinorityTotals().get(2025);
            }
            long total2026 = grow(total2025);
            review(2025, held, total2026);
            return new Commune(code, name, null, urban, Map.of(2026, total2026),
                    Map.of(2026, Math.min(total2026, ethnic2025 + (total2026 - total2025))));
        }

        private long grow(long total) {
            return total + total * (8 + random.nextInt(12)) / 1000;
        }

        /** A periodic review of the households this commune holds, and the applicants it registers. */
        private void review(int held, List<Draft> holding, long total) {
            Standard standard = Standard.forList(held + 1);
            for (Draft d : holding) {
                if (d.current() != null && d.current().listed()) {
                    Status intended = pick(TRANSITIONS.get(held)[d.current() == Status.POOR ? 0 : 1]);
                    // A town that became a rural commune: some households stay just above the town's line.
                    boolean reclassified = d.registeredUrban && !urban && !intended.listed() && random.nextInt(100) < 40;
                    d.survey(held, intended, standard, urban, true, reclassified);
                }
            }
            if (held > 2022) {
                // Some who left the lists fall back (tái nghèo): they come back as applicants.
                for (Draft d : holding) {
                    if (!d.surveys.containsKey(held) && d.current() != null && !d.current().listed() && d.everListed()
                            && random.nextInt(100) < 5) {
                        d.survey(held, random.nextInt(100) < 35 ? Status.POOR : Status.NEAR_POOR, standard, urban, true,
                                false);
                    }
                }
            }
            long applicants = (total - holding.size()) * (20 + random.nextInt(20)) / 1000;
            for (long i = 0; i < applicants; i++) {
                Draft d = new Draft(null);
                d.survey(held, pick(APPLICANTS), standard, urban, false, false);
                drafts.add(d);
            }
        }

        private Status pick(int[] percents) {
            int roll = random.nextInt(100);
            for (int i = 0; i < percents.length; i++) {
                roll -= percents[i];
                if (roll < 0) {
                    return Status.values()[i];
                }
            }
            return Status.NOT_POOR;
        }

        /** A household being generated; its surveys draw on the generator of the commune that reviews it. */
        private final class Draft {
            final String key = code + "-" + String.format("%04d", ++sequence);
            final String village = villages.get(random.nextInt(villages.size()));
            final boolean registeredUrban = urban;
            final List<Person> members;
            final Status opening;
            final Map<Integer, Survey> surveys = new LinkedHashMap<>();

            Draft(Status opening) {
                this.opening = opening;
                this.members = members();
            }

            Status current() {
                Status s = opening;
                for (Survey survey : surveys.values()) {
                    s = survey.intended();
                }
                return s;
            }

            boolean everListed() {
                return (opening != null && opening.listed())
                        || surveys.values().stream().anyMatch(s -> s.intended().listed());
            }

            /**
             * @param urbanNow the area type of the commune that reviews it
             * @param reclassified answers that keep the household's class under the line of its old (town) area
             *        type but not under the new one
             */
            void survey(int held, Status intended, Standard standard, boolean urbanNow, boolean registered,
                    boolean reclassified) {
                long line = standard.incomeLine(urbanNow);
                long upper = standard.averageLivingUpper(urbanNow);
                long income;
                int deprivations;
                Status before = current();
                if (reclassified) {
                    long townLine = standard.incomeLine(true);
                    income = line + 1_000L * (1 + random.nextInt((int) ((townLine - line) / 1_000)));
                    intended = standard.classify(urbanNow, income, 0);
                    deprivations = before == Status.POOR ? standard.deprivationCutoff() + random.nextInt(3)
                            : random.nextInt(standard.deprivationCutoff());
                } else {
                    switch (intended) {
                        case POOR -> {
                            income = random.nextInt(50) == 0 ? line : thousands(line * (45 + random.nextInt(55)) / 100);
                            deprivations = standard.deprivationCutoff() + random.nextInt(4);
                        }
                        case NEAR_POOR -> {
                            income = random.nextInt(50) == 0 ? line : thousands(line * (55 + random.nextInt(45)) / 100);
                            deprivations = random.nextInt(standard.deprivationCutoff());
                        }
                        case AVERAGE_LIVING -> {
                            income = line + 1_000L * (1 + random.nextInt((int) ((upper - line) / 1_000)));
                            deprivations = random.nextInt(5);
                        }
                        default -> {
                            income = upper + 1_000L * (1 + random.nextInt((int) (upper * 3 / 2 / 1_000)));
                            deprivations = random.nextInt(3);
                        }
                    }
                }
                List<String> deprived = deprivedIndicators(standard, held, deprivations);
                if (standard.classify(urbanNow, income, deprived.size()) != intended) {
                    throw new IllegalStateException("generated answers of " + key + " do not give " + intended);
                }
                LocalDate date = LocalDate.of(held, 9, 15).plusDays(random.nextInt(70));
                surveys.put(held, new Survey(held, date, income, List.copyOf(deprived), intended,
                        registered && random.nextInt(100) == 0));
            }

            /** Deprivations that the household's make-up allows: no child, no child's schooling or nutrition. */
            private List<String> deprivedIndicators(Standard standard, int held, int count) {
                boolean child = members.stream().anyMatch(m -> held - m.birthYear() < 16);
                boolean young = members.stream().anyMatch(m -> held - m.birthYear() >= 16 && held - m.birthYear() <= 30);
                List<String> candidates = new ArrayList<>();
                for (String indicator : standard.indicators()) {
                    boolean needsChild = indicator.equals("NUTRITION") || indicator.equals("CHILD_SCHOOLING");
                    if ((needsChild && !child) || (indicator.equals("ADULT_EDUCATION") && !young)) {
                        continue;
                    }
                    candidates.add(indicator);
                }
                LinkedHashSet<String> chosen = new LinkedHashSet<>();
                while (chosen.size() < Math.min(count, candidates.size())) {
                    chosen.add(candidates.get(random.nextInt(candidates.size())));
                }
                List<String> ordered = new ArrayList<>(candidates);
                ordered.retainAll(chosen);
                return ordered;
            }

            private List<Person> members() {
                String ethnicity = Names.ethnicity(random, urban);
                boolean male = random.nextInt(100) < 78;
                int headBorn = 1948 + random.nextInt(50);
                String family = Names.family(random, ethnicity);
                List<Person> people = new ArrayList<>();
                people.add(person(family, male, headBorn, ethnicity, "HEAD"));
                if (random.nextInt(100) < 80) {
                    String spouseEthnicity = random.nextInt(100) < 82 ? ethnicity : Names.ethnicity(random, urban);
                    people.add(person(Names.family(random, spouseEthnicity), !male,
                            headBorn + random.nextInt(9) - 4, spouseEthnicity, "SPOUSE"));
                }
                int children = random.nextInt(4);
                for (int c = 0; c < children; c++) {
                    int born = Math.min(2021, headBorn + 20 + random.nextInt(20));
                    people.add(person(family, random.nextBoolean(), born, ethnicity, "CHILD"));
                }
                if (random.nextInt(100) < 12 && headBorn > 1968) {
                    people.add(person(family, random.nextBoolean(), headBorn - 22 - random.nextInt(9), ethnicity,
                            "PARENT"));
                }
                return List.copyOf(people);
            }

            private Person person(String family, boolean male, int born, String ethnicity, String relation) {
                // 12 digits like a citizen identity number: 99, the generator's index (3), its person (7).
                String id = String.format("99%03d%07d", index, ++personSequence);
                return new Person(Names.fullName(random, family, male), born, male ? "MALE" : "FEMALE", ethnicity,
                        relation, random.nextInt(100) < 3, random.nextInt(100) < 93, id);
            }

            Household build() {
                return new Household(key, code, registeredUrban, village, members, opening,
                        Collections.unmodifiableMap(surveys));
            }
        }

        private static long thousands(long vnd) {
            return vnd / 1_000 * 1_000;
        }
    }
}

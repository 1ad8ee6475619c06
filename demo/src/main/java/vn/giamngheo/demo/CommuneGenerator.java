package vn.giamngheo.demo;

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
import vn.giamngheo.demo.SyntheticProvince.Commune;
import vn.giamngheo.demo.SyntheticProvince.Household;
import vn.giamngheo.demo.SyntheticProvince.Person;
import vn.giamngheo.demo.SyntheticProvince.Size;
import vn.giamngheo.demo.SyntheticProvince.Survey;

/** One commune of the synthetic province: its households, their members and their reviews. */
final class CommuneGenerator {
    // Of a hundred households, where each class goes at a periodic review (poor, near-poor, average, not poor).
    private static final Map<Integer, int[][]> TRANSITIONS = Map.of(
            2022, new int[][] { { 82, 11, 5, 2 }, { 3, 70, 19, 8 } },
            2023, new int[][] { { 82, 11, 5, 2 }, { 2, 68, 21, 9 } },
            2025, new int[][] { { 80, 12, 6, 2 }, { 2, 67, 22, 9 } },
            // Late 2026, under NĐ 351/2025: no average-living band is published, so none is drawn.
            2026, new int[][] { { 80, 13, 0, 7 }, { 3, 72, 0, 25 } });
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

    String code() {
        return code;
    }

    /** The households it registered, as generated so far. */
    List<Household> households() {
        return drafts.stream().map(Draft::build).toList();
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
        // The review under way: late 2026, the list of 2027 under the new standard, over every household it holds.
        List<Draft> holding = new ArrayList<>(held);
        holding.addAll(drafts);
        long total2027 = grow(total2026);
        review(SyntheticProvince.REVIEW_UNDER_WAY, holding, total2027);
        long ethnic2026 = Math.min(total2026, ethnic2025 + (total2026 - total2025));
        return new Commune(code, name, null, urban, Map.of(2026, total2026, 2027, total2027),
                Map.of(2026, ethnic2026, 2027, Math.min(total2027, ethnic2026 + (total2027 - total2026))));
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
                // A town that became a rural commune: some households stay just above the town's line (at the first
                // review after the reform, the one that decides them under the new area type).
                boolean reclassified = held == SyntheticProvince.REFORM.getYear() && d.registeredUrban && !urban
                        && !intended.listed() && random.nextInt(100) < 40;
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
        if (standard != Standard.forList(held)) {
            // A new standard's higher line brings households that left the lists back to near-poverty: some by the
            // line alone (the reports count them apart), some by their answers.
            for (Draft d : holding) {
                if (!d.surveys.containsKey(held) && d.current() != null && !d.current().listed() && d.everListed()
                        && random.nextInt(100) < 20) {
                    d.survey(held, Status.NEAR_POOR, standard, urban, true, false);
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
            if (intended == Status.AVERAGE_LIVING && upper <= line) {
                // No average-living band published (NĐ 351/2025 as reported): above the line is not poor.
                intended = Status.NOT_POOR;
            }
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
                        // Above the band, or above the line where no band is published.
                        long floor = upper > 0 ? upper : line;
                        income = floor + 1_000L * (1 + random.nextInt((int) (floor * 3 / 2 / 1_000)));
                        deprivations = random.nextInt(3);
                    }
                }
            }
            List<String> deprived = deprivedIndicators(standard, held, deprivations);
            if (standard.classify(urbanNow, income, deprived.size()) != intended) {
                throw new IllegalStateException("generated answers of " + key + " do not give " + intended);
            }
            // The review under way is surveyed by mid-November, so that a re-survey is done before today's decisions.
            LocalDate date = LocalDate.of(held, 9, 15)
                    .plusDays(random.nextInt(held == SyntheticProvince.REVIEW_UNDER_WAY ? 60 : 70));
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

package vn.giamngheo.demo;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giamngheo.demo.SyntheticProvince.Commune;
import vn.giamngheo.demo.SyntheticProvince.Household;
import vn.giamngheo.demo.SyntheticProvince.Person;
import vn.giamngheo.demo.SyntheticProvince.Survey;

/**
 * Drives the synthetic province's years through the services' public APIs, as its users would: the province enters
 * Trùng Khánh's seed plan late and records its chair's approval with the findings acknowledged; each commune reports
 * its resident households and loads its list for 2022; commune officers submit the periodic reviews in batches and
 * the commune chairs recognise them — the 161 communes of the district years, then the 56 of today; the finance
 * office assigns and pays out money from a part of the plan's budget lines (`DistrictPlans`). Communes are loaded side by side, a few
 * at a time, as the communes of a province do.
 *
 * <p>It can be run again at any point: each step looks at what the services already hold (a plan approved, a
 * commune's list loaded, a round decided) and every write carries an idempotency key derived from the data, so a
 * run that stopped half-way is completed and a finished one changes nothing.
 */
public final class DemoLoader {

    public static final String PLAN_UNIT = "047";
    /** The province, whose officers enter the district's facts late since the 2025 reform abolished the district. */
    public static final String PROVINCE = "04";
    public static final int PLAN_YEAR = 2023;
    /**
     * The district's last plan year: the seed re-dated, whose money went to the communes and the district's agencies
     * until the reform ended them on 2025-06-30.
     */
    public static final int LAST_DISTRICT_PLAN_YEAR = 2025;
    public static final String DISTRICT_AGENCY = "Phòng Lao động – Thương binh và Xã hội huyện Trùng Khánh";
    /** Reviews per batch, as a commune app sends them. */
    public static final int BATCH = 500;
    /** Communes loaded side by side unless told otherwise: the machine's two cores stay busy with the services. */
    public static final int PARALLELISM = 3;

    /**
     * What the services hold after the load: the plan of 2023 and its money, the households' codes, and the plan of
     * 2025 and its money.
     */
    public record Result(String planId, Map<String, String> householdCodes, List<LoadedAllocation> allocations,
            String lastPlanId, List<LoadedAllocation> lastAllocations, boolean changedAnything) {
    }

    /** An allocation as recorded, with the id funding-service gave it. */
    public record LoadedAllocation(FundingActivity.Allocation allocation, String id) {
    }

    private final Api api;
    private final Tokens tokens;
    private final SyntheticProvince province;
    private final Consumer<String> log;
    private final int parallelism;
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private volatile boolean changed;

    public DemoLoader(Api api, Tokens tokens, SyntheticProvince province, Consumer<String> log) {
        this(api, tokens, province, log, PARALLELISM);
    }

    /** @param parallelism how many communes are loaded at a time */
    public DemoLoader(Api api, Tokens tokens, SyntheticProvince province, Consumer<String> log, int parallelism) {
        this.api = api;
        this.tokens = tokens;
        this.province = province;
        this.log = log;
        this.parallelism = parallelism;
    }

    public Result load() {
        DistrictPlans plans = new DistrictPlans(api, tokens, province, log);
        String planId = plans.plan(PLAN_YEAR, "2022-12-20");
        String lastPlanId = plans.plan(LAST_DISTRICT_PLAN_YEAR, "2024-12-20");
        long listed = eachCommune(province.communes(), this::openingList);
        if (listed > 0) {
            log.accept(listed + " households on the lists for " + SyntheticProvince.OPENING_LIST_YEAR);
        }
        List<Commune> all = new ArrayList<>(province.communes());
        all.addAll(province.successors());
        long reported = eachCommune(all, this::totals);
        if (reported > 0) {
            log.accept(reported + " totals of resident households reported");
        }
        for (int held : SyntheticProvince.REVIEW_YEARS) {
            long reviewed = eachCommune(province.communesOfList(held + 1), c -> review(held, c));
            if (reviewed > 0) {
                log.accept("periodic review of " + held + " (list " + (held + 1) + "): " + reviewed
                        + " reviews submitted and recognised in " + province.communesOfList(held + 1).size()
                        + " communes");
            }
        }
        boolean between = new BetweenReviewsLoader(api, tokens, codes, log).load(BetweenReviews.of(province));
        List<LoadedAllocation> allocations = plans.funding(planId, PLAN_YEAR, LocalDate.of(PLAN_YEAR, 12, 20));
        List<LoadedAllocation> lastAllocations = plans.funding(lastPlanId, LAST_DISTRICT_PLAN_YEAR,
                SyntheticProvince.REFORM.minusDays(10));
        return new Result(planId, Map.copyOf(codes), allocations, lastPlanId, lastAllocations,
                changed || between || plans.changed());
    }

    /** A step for every commune, a few communes at a time; answers the sum of what the steps counted. */
    private long eachCommune(List<Commune> communes, java.util.function.ToIntFunction<Commune> step) {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (Commune c : communes) {
                done.add(pool.submit(() -> step.applyAsInt(c)));
            }
            long sum = 0;
            for (Future<Integer> f : done) {
                sum += f.get();
            }
            return sum;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- households

    private String officer(Commune c) {
        return tokens.of("commune-officer", writerOf(c.code()));
    }

    /**
     * The commune whose officers enter a commune's facts today: the commune itself while it exists, else the one that
     * holds its land since the 2025 reform (its facts of the years before are late entries).
     */
    private String writerOf(String communeCode) {
        return LocalDate.now().isBefore(SyntheticProvince.REFORM) ? communeCode
                : province.holder(communeCode, SyntheticProvince.REFORM.getYear() + 1);
    }

    /** The list for 2022, unless the commune's list for 2022 is loaded already; answers how many it listed. */
    private int openingList(Commune c) {
        URI base = api.services().household();
        for (JsonNode r : api.get(base, "/api/v1/rounds?commune=" + c.code() + "&heldYear="
                + SyntheticProvince.OPENING_LIST_YEAR, officer(c), 200).body()) {
            if (r.path("kind").asText().equals("OPENING_BALANCE")) {
                return 0;
            }
        }
        List<Household> listed = province.householdsOf(c.code()).stream().filter(h -> h.opening() != null).toList();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Household h : listed) {
            entries.add(Map.of("household", household(h), "status", h.opening().name()));
        }
        JsonNode result = api.post(base, "/api/v1/opening-balances", officer(c), Map.of(
                "communeCode", c.code(), "listYear", SyntheticProvince.OPENING_LIST_YEAR,
                "decisionNumber", decisionNumber(c, SyntheticProvince.OPENING_LIST_YEAR - 1),
                "decisionDate", LocalDate.of(SyntheticProvince.OPENING_LIST_YEAR - 1, 12, 20).toString(),
                "households", entries),
                Map.of("Idempotency-Key", "demo-opening-" + SyntheticProvince.OPENING_LIST_YEAR + "-" + c.code()), 201)
                .body();
        for (int i = 0; i < listed.size(); i++) {
            codes.put(listed.get(i).key(), result.path("codes").get(i).asText());
        }
        changed = true;
        return listed.size();
    }

    /** The commune's resident households for each year of the data set that it has not reported yet. */
    private int totals(Commune c) {
        String path = "/api/v1/communes/" + c.code() + "/total-households/";
        List<Integer> reported = new ArrayList<>();
        for (Map.Entry<Integer, Long> t : c.totals().entrySet()) {
            if (api.get(api.services().household(), path + t.getKey(), officer(c), 200, 404).status() == 404) {
                api.put(api.services().household(), path + t.getKey(), officer(c), Map.of("totalHouseholds", t.getValue(),
                        "ethnicMinorityHouseholds", c.ethnicMinorityTotals().get(t.getKey())), 200);
                reported.add(t.getKey());
            }
        }
        if (!reported.isEmpty()) {
            changed = true;
        }
        return reported.size();
    }

    /** A commune's periodic review of a year, unless it was decided already; answers how many were reviewed. */
    private int review(int held, Commune c) {
        URI base = api.services().household();
        JsonNode round = null;
        for (JsonNode r : api.get(base, "/api/v1/rounds?commune=" + c.code() + "&heldYear=" + held, officer(c), 200)
                .body()) {
            if (r.path("kind").asText().equals("PERIODIC")) {
                round = r;
            }
        }
        if (round != null && round.path("status").asText().equals("DECIDED")) {
            return 0;
        }
        if (round == null) {
            // A commune the reform formed reports its resident households when it first reviews its list.
            round = api.post(base, "/api/v1/rounds", officer(c),
                    Map.of("communeCode", c.code(), "kind", "PERIODIC", "heldYear", held), Map.of(), 201).body();
        }
        String id = round.path("id").asText();
        List<Household> reviewed = province.householdsOnListOf(c.code(), held + 1).stream()
                .filter(h -> h.surveys().containsKey(held)).toList();
        resolveCodes(c, reviewed.stream().filter(h -> registeredBefore(h, held)).toList());
        for (int from = 0; from < reviewed.size(); from += BATCH) {
            List<Household> batch = reviewed.subList(from, Math.min(reviewed.size(), from + BATCH));
            submit(c, id, held, batch, false, "demo-review-" + held + "-" + c.code() + "-" + (from / BATCH + 1));
        }
        List<Household> resurveyed = reviewed.stream().filter(h -> h.surveys().get(held).firstReturned()).toList();
        if (!resurveyed.isEmpty()) {
            submit(c, id, held, resurveyed, true, "demo-review-" + held + "-" + c.code() + "-resurvey");
        }
        JsonNode decision = api.post(base, "/api/v1/rounds/" + id + "/decision", tokens.of("commune-chair", writerOf(c.code())),
                Map.of("decisionNumber", decisionNumber(c, held), "decisionDate", decisionDate(held).toString()),
                Map.of(), 200).body();
        if (decision.path("approved").asInt() != reviewed.size()) {
            throw new IllegalStateException(c.name() + ": the decision recognised " + decision.path("approved")
                    + " reviews, " + reviewed.size() + " were sent");
        }
        changed = true;
        return reviewed.size();
    }

    private void submit(Commune c, String roundId, int held, List<Household> batch, boolean resurvey, String key) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (Household h : batch) {
            Survey s = h.surveys().get(held);
            Map<String, Object> r = new LinkedHashMap<>();
            if (registeredBefore(h, held)) {
                r.put("householdCode", codes.get(h.key()));
            } else {
                r.put("newHousehold", household(h));
            }
            r.put("surveyDate", (resurvey ? s.resurveyDate() : s.date()).toString());
            r.put("incomePerPersonMonthlyVnd", s.incomePerPersonMonthlyVnd());
            r.put("deprivedIndicators", s.deprivedIndicators());
            r.put("meetingAgreeShare", meetingShare(h, s, resurvey));
            records.add(r);
        }
        JsonNode result = api.post(api.services().household(), "/api/v1/rounds/" + roundId + "/reviews", officer(c),
                Map.of("reviews", records), Map.of("Idempotency-Key", key), 200).body();
        for (int i = 0; i < batch.size(); i++) {
            Household h = batch.get(i);
            Survey s = h.surveys().get(held);
            JsonNode r = result.path("results").get(i);
            String expected = s.firstReturned() && !resurvey ? "RETURNED" : "ACCEPTED";
            if (!r.path("outcome").asText().equals(expected)
                    || !r.path("computedStatus").asText().equals(s.intended().name())) {
                throw new IllegalStateException(h.key() + " in " + c.name() + ": expected " + expected + " as "
                        + s.intended() + ", household-service answered " + r);
            }
            if (!registeredBefore(h, held)) {
                codes.put(h.key(), r.path("householdCode").asText());
            }
        }
    }

    /** The village meeting's share in agreement: below half sends the review back for re-survey. */
    private static java.math.BigDecimal meetingShare(Household h, Survey s, boolean resurvey) {
        if (s.firstReturned() && !resurvey) {
            return new java.math.BigDecimal("0.45");
        }
        return java.math.BigDecimal.valueOf(60 + Math.floorMod(h.key().hashCode(), 36), 2);
    }

    private static boolean registeredBefore(Household h, int held) {
        return h.opening() != null || h.surveys().keySet().stream().anyMatch(y -> y < held);
    }

    /** Codes of households registered by an earlier run: read back from the registry by the head's identity number. */
    private void resolveCodes(Commune c, List<Household> needed) {
        if (needed.stream().allMatch(h -> codes.containsKey(h.key()))) {
            return;
        }
        Map<String, String> byHead = new HashMap<>();
        for (int page = 0;; page++) {
            JsonNode households = api.get(api.services().household(), "/api/v1/households?commune=" + c.code()
                    + "&size=500&page=" + page, officer(c), 200).body();
            for (JsonNode h : households) {
                for (JsonNode m : h.path("members")) {
                    if (m.path("relation").asText().equals("HEAD")) {
                        byHead.put(m.path("personalId").asText(), h.path("code").asText());
                    }
                }
            }
            if (households.size() < 500) {
                break;
            }
        }
        for (Household h : province.households()) {
            String code = byHead.get(h.head().personalId());
            if (code != null) {
                codes.put(h.key(), code);
            }
        }
        for (Household h : needed) {
            if (!codes.containsKey(h.key())) {
                throw new IllegalStateException(h.key() + " of " + c.name() + " should be registered and is not");
            }
        }
    }

    private static Map<String, Object> household(Household h) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (Person p : h.members()) {
            members.add(member(p));
        }
        return Map.of("village", h.village(), "members", members);
    }

    /** The chair's decision on a periodic review: 12 December; the review under way, decided by late November. */
    /** A member as the registry's APIs take one. */
    static Map<String, Object> member(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", p.fullName());
        m.put("birthYear", p.birthYear());
        m.put("sex", p.sex());
        m.put("ethnicity", p.ethnicity());
        m.put("relation", p.relation());
        m.put("disability", p.disability());
        m.put("healthInsurance", p.healthInsurance());
        m.put("personalId", p.personalId());
        return m;
    }

    private static LocalDate decisionDate(int held) {
        return held == SyntheticProvince.REVIEW_UNDER_WAY ? LocalDate.of(held, 11, 27) : LocalDate.of(held, 12, 12);
    }

    private String decisionNumber(Commune c, int year) {
        // Each commune numbers its decisions anew every year.
        int index = province.communes().indexOf(c);
        return (index >= 0 ? index : province.communes().size() + province.successors().indexOf(c)) + 101 + "/QĐ-UBND";
    }

}

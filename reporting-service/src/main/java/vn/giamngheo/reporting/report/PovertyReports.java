package vn.giamngheo.reporting.report;

import static vn.giamngheo.reporting.report.ReadModelRows.text;
import static vn.giamngheo.reporting.report.ReadModelRows.whole;
import static vn.giamngheo.reporting.report.ReadModelRows.wholeOrNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.reporting.domain.DeprivationStructure;
import vn.giamngheo.reporting.domain.FormerDistricts;
import vn.giamngheo.reporting.domain.Movement;
import vn.giamngheo.reporting.domain.MovementAccumulator;
import vn.giamngheo.reporting.domain.PlanTarget;
import vn.giamngheo.reporting.domain.StandardEffect;
import vn.giamngheo.reporting.domain.TargetEvaluation;
import vn.giamngheo.reporting.domain.TargetResult;
import vn.giamngheo.reporting.domain.UnitFigures;

/**
 * The poverty report of a province, district (also a former one) or commune for a list year: a handful of grouped
 * counts per commune and year, whatever the number of households behind them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PovertyReports {

    @Inject
    EntityManager em;

    @Inject
    HeldEvents heldEvents;

    /**
     * Which rows a report sums, and the commune that each row's facts count with; {@code ownCommune} drops rows of
     * communes of another province that the condition lets through.
     */
    private record Scope(String condition, Object value, UnaryOperator<String> holder,
            java.util.function.Predicate<String> ownCommune) {
    }

    /** The communes' reported resident households in the list year and the year before, by holding commune. */
    private record Totals(Map<String, Long> now, Map<String, Long> baseline) {
    }

    /** A commune's reported resident households of a year, as recorded. */
    private record TotalRow(String communeCode, int year, long total) {
    }

    /** The list of year L, with the targets of the plan of L−1 that it measures. */
    public PovertyReport of(String unitCode, int listYear) {
        UnitVersion unit = ReportUnits.unit(unitCode, listYear - 1);
        Scope scope = scope(unit, listYear);
        List<Movement> movements = movements(scope, listYear);
        TreeSet<String> communes = new TreeSet<>();
        movements.forEach(m -> communes.add(scope.holder().apply(m.communeCode())));
        Totals totals = totals(scope, listYear, communes, totalRows(scope, listYear - 1, listYear));
        MovementAccumulator all = new MovementAccumulator(listYear);
        // The same without the list's moves by a new standard alone: real movement, on which targets may be judged.
        MovementAccumulator real = new MovementAccumulator(listYear);
        Map<String, MovementAccumulator> byCommune = new TreeMap<>();
        for (Movement m : movements) {
            byCommune.computeIfAbsent(scope.holder().apply(m.communeCode()), k -> new MovementAccumulator(listYear))
                    .add(m);
            all.add(m);
            if (m.listYear() != listYear || !StandardEffect.KIND.equals(m.kind())) {
                real.add(m);
            }
        }
        Map<String, List<DeprivationStructure.Cell>> lacking = deprivationCells(scope, listYear);
        Map<String, DeprivationStructure.Label> labels = labels();
        List<PovertyReport.Row> communeRows = new ArrayList<>();
        for (String c : communes) {
            communeRows.add(row(c, ReportUnits.name(c, listYear - 1), totals.now().get(c),
                    totals.baseline().get(c), byCommune.getOrDefault(c, new MovementAccumulator(listYear)),
                    lacking.getOrDefault(c, List.of()), labels));
        }
        Long now = sumOfAll(totals.now(), communes);
        Long before = sumOfAll(totals.baseline(), communes);
        List<DeprivationStructure.Cell> allLacking = lacking.values().stream().flatMap(List::stream).toList();
        PovertyReport.Row unitRow = row(unitCode, unit.name(), now, before, all, allLacking, labels);
        List<TargetResult> onAll = targets(unitCode, listYear - 1, unitRow);
        List<TargetResult> onReal = unitRow.standardEffect() == null ? null
                : targets(unitCode, listYear - 1, row(unitCode, unit.name(), now, before, real, null, labels));
        boolean realOnly = onReal != null && targetsOnRealMovementOnly;
        return new PovertyReport(unitCode, unit.name(), listYear, listYear - 1, communeRows, unitRow,
                realOnly ? onReal : onAll, realOnly ? "REAL_MOVEMENT" : "ALL_MOVEMENT", onReal,
                heldEvents.awaited(unit, listYear));
    }

    /** The deprivation counts of the scope's communes up to the list, by the commune that holds each. */
    private Map<String, List<DeprivationStructure.Cell>> deprivationCells(Scope scope, int listYear) {
        Map<String, List<DeprivationStructure.Cell>> byCommune = new TreeMap<>();
        for (Tuple r : ReadModelRows.of(em.createNativeQuery("SELECT commune_code, status, ethnic_minority,"
                + " item_kind, item, sum(households) AS households FROM poverty_deprivation WHERE "
                + scope.condition() + " AND list_year <= :year"
                + " GROUP BY commune_code, status, ethnic_minority, item_kind, item", Tuple.class)
                .setParameter("scope", scope.value()).setParameter("year", listYear))) {
            String commune = text(r, "commune_code");
            if (scope.ownCommune().test(commune)) {
                byCommune.computeIfAbsent(scope.holder().apply(commune), k -> new ArrayList<>())
                        .add(new DeprivationStructure.Cell(text(r, "status"), r.get("ethnic_minority", Boolean.class),
                                text(r, "item_kind"), text(r, "item"), whole(r, "households")));
            }
        }
        return byCommune;
    }

    private Map<String, DeprivationStructure.Label> labels() {
        Map<String, DeprivationStructure.Label> labels = new HashMap<>();
        for (Tuple r : ReadModelRows.of(em.createNativeQuery("SELECT indicator, dimension, name FROM deprivation_label",
                Tuple.class))) {
            labels.put(text(r, "indicator"), new DeprivationStructure.Label(text(r, "dimension"), text(r, "name")));
        }
        return labels;
    }

    /**
     * Whether a list a new standard moved judges its plan's targets on real movement only. No source says whether a
     * province judges the first list under NĐ 351/2025 with or without the households the higher line alone moved
     * [U]: both results are in every such report, and this setting picks the one in {@code targets}.
     */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "giamngheo.reporting.targets-on-real-movement-only",
            defaultValue = "false")
    boolean targetsOnRealMovementOnly;


    /** A unit's row; its deprivation structure from its cells, none where {@code lacking} is null. */
    private static PovertyReport.Row row(String code, String name, Long total, Long baselineTotal,
            MovementAccumulator movements, List<DeprivationStructure.Cell> lacking,
            Map<String, DeprivationStructure.Label> labels) {
        UnitFigures f = movements.figures(total, baselineTotal);
        return new PovertyReport.Row(code, name, total, baselineTotal, total != null, f.poor(), f.nearPoor(),
                f.multidimensionalRatePercent(), f.multidimensionalChangePoints(),
                StandardEffect.of(f.poor(), f.nearPoor(), total, baselineTotal), lacking == null ? null
                        : DeprivationStructure.of(lacking, labels, f.poor().end(), f.nearPoor().end()));
    }

    private static Scope scope(UnitVersion unit, int listYear) {
        // Facts recorded under a commune that a reform had ended by the review of late L−1 count with the commune
        // that holds its land then (Tri Phương's list of 2025 is Quang Trung's start for 2026).
        LocalDate reviewed = LocalDate.of(listYear - 1, 12, 31);
        String unitCode = unit.code();
        return switch (unit.level()) {
            case COMMUNE -> new Scope("commune_code IN (:scope)",
                    AdministrativeUnits.get().codesHeldBy(unitCode, reviewed), code -> unitCode, code -> true);
            case DISTRICT -> AdministrativeUnits.get().find(unitCode, reviewed).isPresent()
                    ? new Scope("former_district_code = :scope", unitCode, heldOn(reviewed), code -> true)
                    // A district the reform had ended by the review: the communes it groups then, with all the land
                    // they hold (Trà Lĩnh's start includes Quốc Toản's list, taken in from Quảng Hòa).
                    : new Scope("commune_code IN (:scope)", groupedBy(unitCode, reviewed), heldOn(reviewed),
                            code -> true);
            // The read models keep no province column: a commune's province is in the reference data.
            case PROVINCE -> {
                Map<String, Boolean> own = new HashMap<>();
                yield new Scope("CAST(:scope AS text) IS NOT NULL", unitCode, heldOn(reviewed), code -> own
                        .computeIfAbsent(code, c -> AdministrativeUnits.get().provinceOf(c).map(unitCode::equals)
                                .orElse(false)));
            }
        };
    }

    /** The codes a former district groups on the day; never empty, as IN () is no valid SQL. */
    private static java.util.Set<String> groupedBy(String districtCode, LocalDate day) {
        java.util.Set<String> codes = FormerDistricts.groupedBy(districtCode, day);
        return codes.isEmpty() ? java.util.Set.of("-") : codes;
    }

    private static UnaryOperator<String> heldOn(LocalDate reviewed) {
        return code -> AdministrativeUnits.get().currentCode(code, reviewed).orElse(code);
    }

    private List<Movement> movements(Scope scope, int listYear) {
        return ReadModelRows.of(em.createNativeQuery("SELECT commune_code, list_year, status, direction, kind,"
                + " ethnic_minority, sum(households) AS households FROM poverty_movement WHERE " + scope.condition()
                + " AND list_year <= :year"
                + " GROUP BY commune_code, list_year, status, direction, kind, ethnic_minority", Tuple.class)
                .setParameter("scope", scope.value()).setParameter("year", listYear))
                .stream().map(PovertyReports::movement).filter(m -> scope.ownCommune().test(m.communeCode())).toList();
    }

    private static Movement movement(Tuple r) {
        return new Movement(text(r, "commune_code"), r.get("list_year", Number.class).intValue(), text(r, "status"),
                text(r, "direction"), text(r, "kind"), r.get("ethnic_minority", Boolean.class),
                whole(r, "households"));
    }

    /**
     * The province's total of each list year from {@code from} to {@code to}, from one read of the read models: the
     * province overview's trend.
     */
    public Map<Integer, PovertyReport.Row> provinceSeries(String provinceCode, int from, int to) {
        UnitVersion province = ReportUnits.unit(provinceCode, to - 1);
        if (province.level() != UnitLevel.PROVINCE) {
            throw new IllegalArgumentException(provinceCode + " is not a province");
        }
        Scope widest = scope(province, to);
        List<Movement> movements = movements(widest, to);
        List<TotalRow> rows = totalRows(widest, from - 1, to);
        Map<Integer, PovertyReport.Row> series = new TreeMap<>();
        for (int list = from; list <= to; list++) {
            Scope scope = scope(province, list);
            MovementAccumulator all = new MovementAccumulator(list);
            TreeSet<String> communes = new TreeSet<>();
            for (Movement m : movements) {
                if (m.listYear() <= list) {
                    all.add(m);
                    communes.add(scope.holder().apply(m.communeCode()));
                }
            }
            Totals totals = totals(scope, list, communes, rows);
            series.put(list, row(provinceCode, ReportUnits.name(provinceCode, list - 1), sumOfAll(totals.now(), communes),
                    sumOfAll(totals.baseline(), communes), all, null, Map.of()));
        }
        return series;
    }

    private List<TotalRow> totalRows(Scope scope, int fromYear, int toYear) {
        return ReadModelRows.of(em.createNativeQuery("SELECT commune_code, year, total FROM resident_households"
                + " WHERE " + scope.condition() + " AND year BETWEEN :from AND :to", Tuple.class)
                .setParameter("scope", scope.value()).setParameter("from", fromYear).setParameter("to", toYear))
                .stream().filter(t -> scope.ownCommune().test(text(t, "commune_code")))
                .map(t -> new TotalRow(text(t, "commune_code"), t.get("year", Number.class).intValue(), whole(t, "total")))
                .toList();
    }

    /** The totals of the scope's communes; a commune that reported one but moved no household joins the report. */
    private static Totals totals(Scope scope, int listYear, TreeSet<String> communes, List<TotalRow> rows) {
        Totals totals = new Totals(new HashMap<>(), new HashMap<>());
        for (TotalRow t : rows) {
            if (t.year() != listYear && t.year() != listYear - 1) {
                continue;
            }
            String commune = scope.holder().apply(t.communeCode());
            communes.add(commune);
            (t.year() == listYear ? totals.now() : totals.baseline()).merge(commune, t.total(), Long::sum);
        }
        return totals;
    }

    /** The unit's total: the sum of its communes' totals, known only when every commune reported one. */
    private static Long sumOfAll(Map<String, Long> totals, TreeSet<String> communes) {
        boolean allReported = communes.stream().allMatch(totals::containsKey);
        return allReported && !communes.isEmpty() ? totals.values().stream().mapToLong(Long::longValue).sum() : null;
    }

    private List<TargetResult> targets(String unitCode, int planYear, PovertyReport.Row result) {
        return evaluate(plannedTargets(planYear).getOrDefault(unitCode, List.of()), result);
    }

    /** The targets of the latest approved plans of a year, by the plan's unit, in the plans' order. */
    Map<String, List<PlanTarget>> plannedTargets(int planYear) {
        Map<String, List<PlanTarget>> byUnit = new HashMap<>();
        for (Tuple r : ReadModelRows.of(em.createNativeQuery("""
                SELECT unit_code, kind, population_group, points, households, percent, description FROM plan_target
                WHERE year = :year ORDER BY unit_code, plan_id, position""", Tuple.class)
                .setParameter("year", planYear))) {
            byUnit.computeIfAbsent(text(r, "unit_code"), k -> new ArrayList<>()).add(new PlanTarget(text(r, "kind"),
                    text(r, "population_group"), r.get("points", BigDecimal.class), wholeOrNull(r, "households"),
                    r.get("percent", BigDecimal.class), text(r, "description")));
        }
        return byUnit;
    }

    static List<TargetResult> evaluate(List<PlanTarget> targets, PovertyReport.Row result) {
        return targets.stream().map(t -> TargetEvaluation.evaluate(t, result.poor(), result.nearPoor(),
                result.residentHouseholds(), result.baselineResidentHouseholds())).toList();
    }
}

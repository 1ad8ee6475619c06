package vn.giamngheo.reporting.projection;

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
import jakarta.transaction.Transactional;

import vn.giamngheo.platform.events.payload.FundType;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.ProgramCatalog;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.reporting.api.PovertyReport;
import vn.giamngheo.reporting.api.ProvinceOverview;
import vn.giamngheo.reporting.api.SpendingReport;
import vn.giamngheo.reporting.domain.Figures;
import vn.giamngheo.reporting.domain.FormerDistricts;
import vn.giamngheo.platform.web.rules.Fraction;
import vn.giamngheo.reporting.domain.ReportRules;
import vn.giamngheo.reporting.domain.TargetResult;

/**
 * Reads the reports from the read models: a handful of grouped counts and sums per unit and year, whatever the
 * number of households behind them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    @Inject
    EntityManager em;

    /** The list of year L, with the targets of the plan of L−1 that it measures. */
    public PovertyReport poverty(String unitCode, int listYear) {
        UnitVersion unit = unit(unitCode, listYear - 1);
        // Facts recorded under a commune that a reform had ended by the review of late L−1 count with the commune
        // that holds its land then (Tri Phương's list of 2025 is Quang Trung's start for 2026).
        LocalDate reviewed = LocalDate.of(listYear - 1, 12, 31);
        boolean communeReport = unit.level() == UnitLevel.COMMUNE;
        String scope = switch (unit.level()) {
            case COMMUNE -> "commune_code IN (:scope)";
            case DISTRICT -> "former_district_code = :scope";
            case PROVINCE -> "CAST(:scope AS text) IS NOT NULL";
        };
        Object scoped = communeReport ? AdministrativeUnits.get().codesHeldBy(unitCode, reviewed) : unitCode;
        UnaryOperator<String> holder = communeReport ? code -> unitCode
                : code -> AdministrativeUnits.get().currentCode(code, reviewed).orElse(code);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT commune_code, list_year, status, direction, kind, ethnic_minority,"
                + " sum(households) FROM poverty_movement WHERE " + scope + " AND list_year <= :year"
                + " GROUP BY commune_code, list_year, status, direction, kind, ethnic_minority")
                .setParameter("scope", scoped).setParameter("year", listYear).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> totals = em.createNativeQuery("SELECT commune_code, year, total FROM resident_households WHERE "
                + scope + " AND year IN (:year, :previous)")
                .setParameter("scope", scoped).setParameter("year", listYear).setParameter("previous", listYear - 1)
                .getResultList();
        TreeSet<String> communes = new TreeSet<>();
        rows.forEach(r -> communes.add(holder.apply((String) r[0])));
        Map<String, Long> total = new HashMap<>();
        Map<String, Long> baselineTotal = new HashMap<>();
        for (Object[] t : totals) {
            String commune = holder.apply((String) t[0]);
            communes.add(commune);
            (((Number) t[1]).intValue() == listYear ? total : baselineTotal).merge(commune, ((Number) t[2]).longValue(),
                    Long::sum);
        }
        Accumulator all = new Accumulator();
        Map<String, Accumulator> byCommune = new TreeMap<>();
        for (Object[] r : rows) {
            Accumulator a = byCommune.computeIfAbsent(holder.apply((String) r[0]), k -> new Accumulator());
            a.add(r, listYear);
            all.add(r, listYear);
        }
        List<PovertyReport.Row> communeRows = new ArrayList<>();
        for (String c : communes) {
            communeRows.add(byCommune.getOrDefault(c, new Accumulator()).row(c, name(c, listYear - 1), total.get(c),
                    baselineTotal.get(c)));
        }
        boolean allReported = communes.stream().allMatch(total::containsKey);
        boolean allBaseline = communes.stream().allMatch(baselineTotal::containsKey);
        PovertyReport.Row unitRow = all.row(unitCode, unit.name(),
                allReported && !communes.isEmpty() ? total.values().stream().mapToLong(Long::longValue).sum() : null,
                allBaseline && !communes.isEmpty() ? baselineTotal.values().stream().mapToLong(Long::longValue).sum() : null);
        return new PovertyReport(unitCode, unit.name(), listYear, listYear - 1, communeRows, unitRow,
                targets(unitCode, listYear - 1, unitRow));
    }

    /** One row per district of the province in the plan year: its rates against targets and its money. */
    public ProvinceOverview province(String provinceCode, int year) {
        UnitVersion province = unit(provinceCode, year);
        if (province.level() != UnitLevel.PROVINCE) {
            throw ProblemException.invalidField("unit", provinceCode + " is not a province");
        }
        // After the 2025 reform a year has no districts: the former ones group their successor communes.
        LocalDate on = LocalDate.of(year, 1, 1);
        LocalDate lastDistrictDay = AdministrativeUnits.get().lastDayOf(UnitLevel.DISTRICT, provinceCode).orElse(on);
        List<ProvinceOverview.Row> rows = new ArrayList<>();
        for (UnitVersion district : AdministrativeUnits.get().children(provinceCode,
                on.isAfter(lastDistrictDay) ? lastDistrictDay : on)) {
            if (district.level() != UnitLevel.DISTRICT) {
                continue;
            }
            PovertyReport poverty = poverty(district.code(), year + 1);
            SpendingReport money = spending(district.code(), year);
            long met = poverty.targets().stream().filter(t -> Boolean.TRUE.equals(t.met())).count();
            rows.add(new ProvinceOverview.Row(district.code(), district.name(), poverty.total().residentHouseholds(),
                    poverty.total().poor().ratePercent(), poverty.total().poor().changePoints(),
                    poverty.total().nearPoor().ratePercent(), poverty.total().multidimensionalRatePercent(),
                    poverty.total().multidimensionalChangePoints(), (int) met, poverty.targets().size(),
                    rate(money, "INVESTMENT"), rate(money, "RECURRENT"), money.total().disbursementRatePercent()));
        }
        return new ProvinceOverview(provinceCode, province.name(), year, year + 1, rows);
    }

    private static BigDecimal rate(SpendingReport money, String fundType) {
        return money.byFundType().stream().filter(r -> r.group().equals(fundType)).findFirst()
                .map(SpendingReport.Row::disbursementRatePercent).orElse(null);
    }

    public SpendingReport spending(String unitCode, int year) {
        UnitVersion unit = unit(unitCode, year);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT unit_code, project_code, sub_project_code, fund_type, sum(proposed_vnd), sum(assigned_vnd),
                       sum(disbursed_vnd)
                FROM line_money WHERE year = :year
                GROUP BY unit_code, project_code, sub_project_code, fund_type""")
                .setParameter("year", year).getResultList();
        Map<String, long[]> byType = new TreeMap<>();
        Map<String, long[]> byProject = new TreeMap<>();
        long[] total = new long[3];
        for (Object[] r : rows) {
            if (!FormerDistricts.includes(unitCode, (String) r[0], year)) {
                continue;
            }
            long[] money = { ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), ((Number) r[6]).longValue() };
            add(total, money);
            add(byType.computeIfAbsent((String) r[3], k -> new long[3]), money);
            String project = r[2] == null ? (String) r[1] : r[1] + "." + r[2];
            add(byProject.computeIfAbsent(project, k -> new long[3]), money);
        }
        ProgramCatalog catalog = ProgramCatalog.get();
        List<SpendingReport.Row> types = byType.entrySet().stream()
                .map(e -> row(e.getKey(), FundType.valueOf(e.getKey()).label(), e.getValue())).toList();
        List<SpendingReport.Row> projects = byProject.entrySet().stream()
                .map(e -> {
                    String[] code = e.getKey().split("\\.");
                    String label = catalog.find(code[0], code.length > 1 ? code[1] : null)
                            .map(ProgramCatalog.Entry::name).orElse(e.getKey());
                    return row(e.getKey(), label, e.getValue());
                }).toList();
        return new SpendingReport(unitCode, unit.name(), year, row("TOTAL", "Tổng cộng", total), types, projects,
                byImplementingArea(unitCode, year), indicators(unitCode, year));
    }

    private List<SpendingReport.AreaRow> byImplementingArea(String unitCode, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT area_code, sum(assigned_vnd), sum(disbursed_vnd) FROM implementer_money WHERE year = :year
                GROUP BY area_code ORDER BY area_code""")
                .setParameter("year", year).getResultList();
        List<SpendingReport.AreaRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            String area = (String) r[0];
            if (!FormerDistricts.includes(unitCode, area, year)) {
                continue;
            }
            long assigned = ((Number) r[1]).longValue();
            long disbursed = ((Number) r[2]).longValue();
            out.add(new SpendingReport.AreaRow(area, name(area, year), assigned, disbursed,
                    Fraction.percentShown(disbursed, assigned)));
        }
        return out;
    }

    private List<SpendingReport.Indicator> indicators(String unitCode, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT indicator_key, project_code, sub_project_code, description, unit, target, approximate, achieved,
                       unit_code
                FROM plan_indicator WHERE year = :year ORDER BY unit_code, indicator_key""")
                .setParameter("year", year).getResultList();
        return rows.stream().filter(r -> FormerDistricts.includes(unitCode, (String) r[8], year)).map(r -> {
            BigDecimal target = (BigDecimal) r[5];
            BigDecimal achieved = (BigDecimal) r[7];
            return new SpendingReport.Indicator((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], target.stripTrailingZeros(), (Boolean) r[6], achieved.stripTrailingZeros(),
                    target.signum() == 0 ? null : achieved.multiply(BigDecimal.valueOf(100))
                            .divide(target, 2, java.math.RoundingMode.HALF_UP));
        }).toList();
    }

    private List<TargetResult> targets(String unitCode, int planYear, PovertyReport.Row result) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT kind, population_group, points, households, percent, description FROM plan_target
                WHERE unit_code = :unit AND year = :year ORDER BY plan_id, position""")
                .setParameter("unit", unitCode).setParameter("year", planYear).getResultList();
        List<TargetResult> out = new ArrayList<>();
        for (Object[] r : rows) {
            String kind = (String) r[0];
            String group = (String) r[1];
            BigDecimal points = (BigDecimal) r[2];
            Long count = r[3] == null ? null : ((Number) r[3]).longValue();
            BigDecimal percent = (BigDecimal) r[4];
            if (!"ALL".equals(group)) {
                out.add(new TargetResult(kind, group, points, "POINTS", null, null, (String) r[5]));
                continue;
            }
            long poorStart = result.poor().start();
            long nearStart = result.nearPoor().start();
            long poorEnd = result.poor().end();
            long nearEnd = result.nearPoor().end();
            Long totalNow = result.residentHouseholds();
            Long totalBefore = result.baselineResidentHouseholds();
            switch (kind) {
                case "POOR_RATE", "NEAR_POOR_RATE", "MULTIDIMENSIONAL_RATE" -> {
                    long before = kind.equals("POOR_RATE") ? poorStart : kind.equals("NEAR_POOR_RATE") ? nearStart
                            : poorStart + nearStart;
                    long after = kind.equals("POOR_RATE") ? poorEnd : kind.equals("NEAR_POOR_RATE") ? nearEnd
                            : poorEnd + nearEnd;
                    Fraction baseline = ReportRules.rate(before, totalBefore);
                    Fraction now = ReportRules.rate(after, totalNow);
                    out.add(new TargetResult(kind, group, points, "POINTS",
                            baseline == null || now == null ? null : ReportRules.show(baseline.minus(now)),
                            ReportRules.rateTargetMet(baseline, now, points), (String) r[5]));
                }
                default -> {
                    long before = kind.equals("POOR_COUNT") ? poorStart : kind.equals("NEAR_POOR_COUNT") ? nearStart
                            : poorStart + nearStart;
                    long after = kind.equals("POOR_COUNT") ? poorEnd : kind.equals("NEAR_POOR_COUNT") ? nearEnd
                            : poorEnd + nearEnd;
                    out.add(new TargetResult(kind, group, percent != null ? percent : count == null ? null
                            : BigDecimal.valueOf(count), percent != null ? "PERCENT" : "HOUSEHOLDS",
                            BigDecimal.valueOf(before - after), ReportRules.countTargetMet(before, after, percent, count),
                            (String) r[5]));
                }
            }
        }
        return out;
    }

    /** Movements summed up to a list year: before it they make the start; in it, the inflows and outflows. */
    private static final class Accumulator {
        final long[] start = new long[2];
        final long[] ethnicStart = new long[2];
        final Figures.Movements[] now = { Figures.Movements.empty(), Figures.Movements.empty() };
        final long[] ethnicIn = new long[2];
        final long[] ethnicOut = new long[2];

        void add(Object[] r, int listYear) {
            int list = "POOR".equals(r[2]) ? 0 : 1;
            boolean in = "IN".equals(r[3]);
            boolean dtts = (Boolean) r[5];
            long n = ((Number) r[6]).longValue();
            if (((Number) r[1]).intValue() < listYear) {
                start[list] += in ? n : -n;
                ethnicStart[list] += dtts ? (in ? n : -n) : 0;
            } else {
                (in ? now[list].in() : now[list].out()).merge((String) r[4], n, Long::sum);
                if (dtts) {
                    (in ? ethnicIn : ethnicOut)[list] += n;
                }
            }
        }

        PovertyReport.Row row(String code, String name, Long total, Long baselineTotal) {
            Figures poor = ReportRules.figures(start[0], withEthnic(0), ethnicStart[0], total, baselineTotal);
            Figures near = ReportRules.figures(start[1], withEthnic(1), ethnicStart[1], total, baselineTotal);
            Fraction multi = ReportRules.rate(poor.end() + near.end(), total);
            Fraction multiBefore = ReportRules.rate(poor.start() + near.start(), baselineTotal);
            return new PovertyReport.Row(code, name, total, baselineTotal, total != null, poor, near,
                    ReportRules.show(multi), multi == null || multiBefore == null ? null
                            : ReportRules.show(multi.minus(multiBefore)));
        }

        private Figures.Movements withEthnic(int list) {
            return new Figures.Movements(now[list].in(), now[list].out(), ethnicIn[list], ethnicOut[list]);
        }
    }

    private static SpendingReport.Row row(String group, String label, long[] m) {
        return new SpendingReport.Row(group, label, m[0], m[1], m[2],
                Fraction.percentShown(m[2], m[1]),
                Fraction.percentShown(m[2], m[0]));
    }

    private static void add(long[] into, long[] money) {
        for (int i = 0; i < into.length; i++) {
            into[i] += money[i];
        }
    }

    private static UnitVersion unit(String code, int year) {
        LocalDate on = AdministrativeUnits.get().latestValidDay(code, LocalDate.of(year, 12, 31))
                .orElse(LocalDate.of(year, 12, 31));
        return AdministrativeUnits.get().find(code, on).orElseThrow(() -> ProblemException.notFound(
                "No administrative unit has code " + code + " in " + year + "."));
    }

    private static String name(String code, int year) {
        return AdministrativeUnits.get().latestValidDay(code, LocalDate.of(year, 12, 31))
                .flatMap(d -> AdministrativeUnits.get().find(code, d)).map(UnitVersion::name).orElse(code);
    }
}

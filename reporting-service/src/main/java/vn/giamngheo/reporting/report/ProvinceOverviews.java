package vn.giamngheo.reporting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.rules.Fraction;
import vn.giamngheo.reporting.domain.FormerDistricts;
import vn.giamngheo.reporting.domain.Money;
import vn.giamngheo.reporting.domain.PlanTarget;
import vn.giamngheo.reporting.domain.TargetEvaluation;
import vn.giamngheo.reporting.domain.TargetResult;
import vn.giamngheo.reporting.report.ProvinceOverview.Grouping;

/**
 * The province at a glance for a plan year: its districts while it had them, its communes and wards once the 2025
 * reform had made them the province's own (with the former districts as a grouping), their money, and the trend.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProvinceOverviews {

    /** The first list of the 2022–2025 standard, where the platform's lists begin. */
    static final int FIRST_LIST_YEAR = 2022;
    /** How many list years the trend shows, the overview's own included. */
    static final int TREND_YEARS = 6;

    @Inject
    PovertyReports poverty;

    @Inject
    SpendingReports spending;

    public ProvinceOverview of(String provinceCode, int year) {
        UnitVersion province = ReportUnits.unit(provinceCode, year);
        if (province.level() != UnitLevel.PROVINCE) {
            throw ProblemException.invalidField("unit", provinceCode + " is not a province");
        }
        AdministrativeUnits units = AdministrativeUnits.get();
        // The list of year + 1 is reviewed at the end of the year by the communes of that day.
        LocalDate reviewed = LocalDate.of(year, 12, 31);
        Optional<LocalDate> lastDistrictDay = units.lastDayOf(UnitLevel.DISTRICT, provinceCode);
        boolean communesFirst = lastDistrictDay.map(d -> d.isBefore(reviewed)).orElse(false);
        LocalDate districtDay = lastDistrictDay.filter(d -> d.isBefore(LocalDate.of(year, 1, 1)))
                .orElse(LocalDate.of(year, 1, 1));

        PovertyReport report = poverty.of(provinceCode, year + 1);
        Map<String, List<PlanTarget>> planned = poverty.plannedTargets(year);
        Map<String, Map<String, Money>> communeMoney = new HashMap<>();
        Map<String, Money> agencyMoney = new TreeMap<>();
        spending.implementerMoney(year).forEach((area, money) -> {
            Optional<UnitVersion> unit = units.latestValidDay(area, reviewed).flatMap(d -> units.find(area, d));
            if (unit.isEmpty() || !units.provinceOf(area).map(provinceCode::equals).orElse(false)) {
                return;
            }
            if (unit.get().level() == UnitLevel.COMMUNE) {
                String holder = units.currentCode(area, reviewed).orElse(area);
                money.forEach((type, m) -> communeMoney.computeIfAbsent(holder, k -> new TreeMap<>())
                        .merge(type, m, Money::plus));
            } else {
                agencyMoney.merge(area, total(money), Money::plus);
            }
        });

        Map<String, PovertyReport.Row> listed = new LinkedHashMap<>();
        report.communes().forEach(r -> listed.put(r.code(), r));
        List<ProvinceOverview.Row> communes = new ArrayList<>();
        for (UnitVersion c : units.all()) {
            if (c.level() == UnitLevel.COMMUNE && c.validOn(reviewed) && units.isWithin(c.code(), provinceCode, reviewed)) {
                String district = communesFirst ? FormerDistricts.of(c.code(), null)
                        : units.ancestorAt(c.code(), UnitLevel.DISTRICT, reviewed).map(UnitVersion::code).orElse(null);
                PovertyReport.Row figures = listed.remove(c.code());
                List<PlanTarget> own = planned.getOrDefault(c.code(), List.of());
                // Without a list the commune's targets are there, none of them measured yet.
                communes.add(row(c.code(), c.name(), district, figures, figures == null
                        ? own.stream().map(TargetEvaluation::asked).toList()
                        : PovertyReports.evaluate(own, figures), communeMoney.getOrDefault(c.code(), Map.of())));
            }
        }
        // A list, or money, held under a code that is no commune on the review day (a commune a reform divided
        // among several) still counts in the total, in a row of its own.
        listed.values().forEach(r -> communes.add(row(r.code(), r.name(), null, r,
                PovertyReports.evaluate(planned.getOrDefault(r.code(), List.of()), r),
                communeMoney.getOrDefault(r.code(), Map.of()))));
        java.util.Set<String> shown = new java.util.HashSet<>();
        communes.forEach(c -> shown.add(c.code()));
        communeMoney.forEach((code, money) -> {
            if (!shown.contains(code)) {
                communes.add(row(code, ReportUnits.name(code, year), null, null, List.of(), money));
            }
        });
        communes.sort((a, b) -> a.code().compareTo(b.code()));

        List<ProvinceOverview.Row> districts = new ArrayList<>();
        for (UnitVersion d : units.children(provinceCode, districtDay)) {
            if (d.level() != UnitLevel.DISTRICT) {
                continue;
            }
            PovertyReport grouped = poverty.of(d.code(), year + 1);
            Map<String, Money> money = new TreeMap<>();
            if (communesFirst) {
                communes.stream().filter(c -> d.code().equals(c.formerDistrictCode()))
                        .forEach(c -> communeMoney.getOrDefault(c.code(), Map.of())
                                .forEach((type, m) -> money.merge(type, m, Money::plus)));
                Optional.ofNullable(agencyMoney.get(d.code())).ifPresent(m -> money.merge("AGENCIES", m, Money::plus));
            } else {
                money.putAll(byFundType(spending.of(d.code(), year)));
            }
            districts.add(row(d.code(), d.name(), null, grouped.total(), grouped.targets(), money));
        }

        List<ProvinceOverview.Agency> agencies = agencyMoney.entrySet().stream()
                .map(e -> new ProvinceOverview.Agency(e.getKey(), ReportUnits.name(e.getKey(), year),
                        e.getValue().assigned(), e.getValue().disbursed(),
                        Fraction.percentShown(e.getValue().disbursed(), e.getValue().assigned())))
                .toList();
        ProvinceOverview.Row total = row(provinceCode, province.name(), null, report.total(), report.targets(),
                byFundType(spending.of(provinceCode, year)));
        return new ProvinceOverview(provinceCode, province.name(), year, year + 1,
                communesFirst ? Grouping.COMMUNES : Grouping.DISTRICTS, total, districts, communes, agencies,
                trend(provinceCode, report), report.total().standardEffect(), report.total().deprivation());
    }

    /** The province's lists up to the report's, each with the rate targets of the plan of the year before. */
    private List<ProvinceOverview.ListYear> trend(String provinceCode, PovertyReport latest) {
        List<ProvinceOverview.ListYear> out = new ArrayList<>();
        int first = Math.max(FIRST_LIST_YEAR, latest.listYear() - TREND_YEARS + 1);
        Map<Integer, PovertyReport.Row> series = first < latest.listYear()
                ? poverty.provinceSeries(provinceCode, first, latest.listYear() - 1) : Map.of();
        for (int list = first; list <= latest.listYear(); list++) {
            PovertyReport.Row t = list == latest.listYear() ? latest.total() : series.get(list);
            List<ProvinceOverview.TargetPoint> targets = new ArrayList<>();
            for (PlanTarget target : poverty.plannedTargets(list - 1).getOrDefault(provinceCode, List.of())) {
                java.math.BigDecimal aim = TargetEvaluation.targetRate(target, t.poor(), t.nearPoor(),
                        t.baselineResidentHouseholds());
                if (aim != null) {
                    targets.add(new ProvinceOverview.TargetPoint(target.kind(), target.points(), aim,
                            PovertyReports.evaluate(List.of(target), t).get(0).met()));
                }
            }
            out.add(new ProvinceOverview.ListYear(list, t.residentHouseholds(), t.poor().ratePercent(),
                    t.nearPoor().ratePercent(), t.multidimensionalRatePercent(), targets));
        }
        return out;
    }

    private static ProvinceOverview.Row row(String code, String name, String formerDistrict, PovertyReport.Row p,
            List<TargetResult> targets, Map<String, Money> money) {
        Money all = total(money);
        return new ProvinceOverview.Row(code, name, formerDistrict, p == null ? null : p.residentHouseholds(),
                p == null ? null : p.poor().end(), p == null ? null : p.poor().ratePercent(),
                p == null ? null : p.poor().changePoints(), p == null ? null : p.nearPoor().end(),
                p == null ? null : p.nearPoor().ratePercent(), p == null ? null : p.multidimensionalRatePercent(),
                p == null ? null : p.multidimensionalChangePoints(),
                (int) targets.stream().filter(t -> Boolean.TRUE.equals(t.met())).count(), targets.size(),
                all.assigned(), all.disbursed(), rate(money.get("INVESTMENT")), rate(money.get("RECURRENT")),
                Fraction.percentShown(all.disbursed(), all.assigned()));
    }

    private static Map<String, Money> byFundType(SpendingReport report) {
        Map<String, Money> out = new TreeMap<>();
        report.byFundType().forEach(r -> out.put(r.group(), new Money(r.proposedVnd(), r.assignedVnd(), r.disbursedVnd())));
        return out;
    }

    private static Money total(Map<String, Money> money) {
        return money.values().stream().reduce(Money.NONE, Money::plus);
    }

    private static java.math.BigDecimal rate(Money m) {
        return m == null ? null : Fraction.percentShown(m.disbursed(), m.assigned());
    }
}

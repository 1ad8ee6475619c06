package vn.giamngheo.reporting.report;

import static vn.giamngheo.reporting.report.ReadModelRows.text;
import static vn.giamngheo.reporting.report.ReadModelRows.whole;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import vn.giamngheo.platform.events.payload.FundType;
import vn.giamngheo.platform.refdata.ProgramCatalog;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.rules.Fraction;
import vn.giamngheo.reporting.domain.FormerDistricts;
import vn.giamngheo.reporting.domain.Money;
import vn.giamngheo.reporting.domain.ReportRules;

/**
 * The money of a unit's plans for a year, by fund type, project and implementing unit, and the progress of their
 * output indicators: sums over the budget lines of the plans within the unit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SpendingReports {

    @Inject
    EntityManager em;

    /** The money of the budget lines of one plan unit, project and fund type. */
    private record LineMoney(String unitCode, String projectCode, String subProjectCode, String fundType, Money money) {

        String project() {
            return subProjectCode == null ? projectCode : projectCode + "." + subProjectCode;
        }
    }

    public SpendingReport of(String unitCode, int year) {
        UnitVersion unit = ReportUnits.unit(unitCode, year);
        Map<String, Money> byType = new TreeMap<>();
        Map<String, Money> byProject = new TreeMap<>();
        Money total = Money.NONE;
        for (LineMoney line : lines(year)) {
            if (!FormerDistricts.includes(unitCode, line.unitCode(), year)) {
                continue;
            }
            total = total.plus(line.money());
            byType.merge(line.fundType(), line.money(), Money::plus);
            byProject.merge(line.project(), line.money(), Money::plus);
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

    private List<LineMoney> lines(int year) {
        return ReadModelRows.of(em.createNativeQuery("""
                SELECT unit_code, project_code, sub_project_code, fund_type, sum(proposed_vnd) AS proposed,
                       sum(assigned_vnd) AS assigned, sum(disbursed_vnd) AS disbursed
                FROM line_money WHERE year = :year
                GROUP BY unit_code, project_code, sub_project_code, fund_type""", Tuple.class)
                .setParameter("year", year)).stream()
                .map(r -> new LineMoney(text(r, "unit_code"), text(r, "project_code"), text(r, "sub_project_code"),
                        text(r, "fund_type"), new Money(whole(r, "proposed"), whole(r, "assigned"),
                                whole(r, "disbursed"))))
                .toList();
    }

    private List<SpendingReport.AreaRow> byImplementingArea(String unitCode, int year) {
        return implementerMoney(year).entrySet().stream()
                .filter(e -> FormerDistricts.includes(unitCode, e.getKey(), year))
                .map(e -> {
                    Money m = e.getValue().values().stream().reduce(Money.NONE, Money::plus);
                    return new SpendingReport.AreaRow(e.getKey(), ReportUnits.name(e.getKey(), year), m.assigned(),
                            m.disbursed(), Fraction.percentShown(m.disbursed(), m.assigned()));
                }).toList();
    }

    /**
     * The money of a year's plans by the commune or agency it was assigned to (funding's implementing area) and fund
     * type, whichever unit's plan it came from; areas in code order.
     */
    Map<String, Map<String, Money>> implementerMoney(int year) {
        Map<String, Map<String, Money>> byArea = new TreeMap<>();
        for (Tuple r : ReadModelRows.of(em.createNativeQuery("""
                SELECT area_code, fund_type, sum(assigned_vnd) AS assigned, sum(disbursed_vnd) AS disbursed
                FROM implementer_money WHERE year = :year
                GROUP BY area_code, fund_type""", Tuple.class).setParameter("year", year))) {
            byArea.computeIfAbsent(text(r, "area_code"), k -> new TreeMap<>()).merge(text(r, "fund_type"),
                    new Money(0, whole(r, "assigned"), whole(r, "disbursed")), Money::plus);
        }
        return byArea;
    }

    private List<SpendingReport.Indicator> indicators(String unitCode, int year) {
        return ReadModelRows.of(em.createNativeQuery("""
                SELECT indicator_key, project_code, sub_project_code, description, unit, target, approximate, achieved,
                       unit_code
                FROM plan_indicator WHERE year = :year ORDER BY unit_code, indicator_key""", Tuple.class)
                .setParameter("year", year)).stream()
                .filter(r -> FormerDistricts.includes(unitCode, text(r, "unit_code"), year))
                .map(r -> {
                    BigDecimal target = r.get("target", BigDecimal.class);
                    BigDecimal achieved = r.get("achieved", BigDecimal.class);
                    return new SpendingReport.Indicator(text(r, "indicator_key"), text(r, "project_code"),
                            text(r, "sub_project_code"), text(r, "description"), text(r, "unit"),
                            target.stripTrailingZeros(), r.get("approximate", Boolean.class),
                            achieved.stripTrailingZeros(), ReportRules.achievedPercent(achieved, target));
                }).toList();
    }

    private static SpendingReport.Row row(String group, String label, Money m) {
        return new SpendingReport.Row(group, label, m.proposed(), m.assigned(), m.disbursed(),
                Fraction.percentShown(m.disbursed(), m.assigned()), Fraction.percentShown(m.disbursed(), m.proposed()));
    }
}

package vn.giamngheo.reporting.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.problem.ProblemException;

/** The province at a glance for a plan year: each district's poverty report and money, one row a district. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProvinceOverviews {

    @Inject
    PovertyReports poverty;

    @Inject
    SpendingReports spending;

    /** One row per district of the province in the plan year: its rates against targets and its money. */
    public ProvinceOverview of(String provinceCode, int year) {
        UnitVersion province = ReportUnits.unit(provinceCode, year);
        if (province.level() != UnitLevel.PROVINCE) {
            throw ProblemException.invalidField("unit", provinceCode + " is not a province");
        }
        // After the 2025 reform a year has no districts: the former ones group their successor communes.
        LocalDate on = LocalDate.of(year, 1, 1);
        LocalDate lastDistrictDay = AdministrativeUnits.get().lastDayOf(UnitLevel.DISTRICT, provinceCode).orElse(on);
        List<ProvinceOverview.Row> rows = new ArrayList<>();
        for (UnitVersion district : AdministrativeUnits.get().children(provinceCode,
                on.isAfter(lastDistrictDay) ? lastDistrictDay : on)) {
            if (district.level() == UnitLevel.DISTRICT) {
                rows.add(row(district, poverty.of(district.code(), year + 1), spending.of(district.code(), year)));
            }
        }
        return new ProvinceOverview(provinceCode, province.name(), year, year + 1, rows);
    }

    private static ProvinceOverview.Row row(UnitVersion district, PovertyReport poverty, SpendingReport money) {
        long met = poverty.targets().stream().filter(t -> Boolean.TRUE.equals(t.met())).count();
        PovertyReport.Row total = poverty.total();
        return new ProvinceOverview.Row(district.code(), district.name(), total.residentHouseholds(),
                total.poor().ratePercent(), total.poor().changePoints(), total.nearPoor().ratePercent(),
                total.multidimensionalRatePercent(), total.multidimensionalChangePoints(), (int) met,
                poverty.targets().size(), rate(money, "INVESTMENT"), rate(money, "RECURRENT"),
                money.total().disbursementRatePercent());
    }

    private static BigDecimal rate(SpendingReport money, String fundType) {
        return money.byFundType().stream().filter(r -> r.group().equals(fundType)).findFirst()
                .map(SpendingReport.Row::disbursementRatePercent).orElse(null);
    }
}

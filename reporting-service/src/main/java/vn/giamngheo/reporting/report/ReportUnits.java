package vn.giamngheo.reporting.report;

import java.time.LocalDate;

import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.problem.ProblemException;

/** The unit a report is of, as it stood at the end of the year or on its last day if it ended earlier. */
final class ReportUnits {

    private ReportUnits() {
    }

    static UnitVersion unit(String code, int year) {
        LocalDate on = AdministrativeUnits.get().latestValidDay(code, LocalDate.of(year, 12, 31))
                .orElse(LocalDate.of(year, 12, 31));
        return AdministrativeUnits.get().find(code, on).orElseThrow(() -> ProblemException.notFound(
                "No administrative unit has code " + code + " in " + year + "."));
    }

    static String name(String code, int year) {
        return AdministrativeUnits.get().latestValidDay(code, LocalDate.of(year, 12, 31))
                .flatMap(d -> AdministrativeUnits.get().find(code, d)).map(UnitVersion::name).orElse(code);
    }
}

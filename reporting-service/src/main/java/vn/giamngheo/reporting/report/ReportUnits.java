package vn.giamngheo.reporting.report;

import java.time.LocalDate;

import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.problem.ProblemException;

/** The unit a report is of, as it stood at the end of the year or on its last day if it ended earlier. */
public final class ReportUnits {

    private ReportUnits() {
    }

    static UnitVersion unit(String code, int year) {
        LocalDate on = AdministrativeUnits.get().latestValidDay(code, LocalDate.of(year, 12, 31))
                .orElse(LocalDate.of(year, 12, 31));
        return AdministrativeUnits.get().find(code, on).orElseThrow(() -> ProblemException.notFound(
                "No administrative unit has code " + code + " in " + year + "."));
    }

    /** The area type of each commune of a report, as the review of the end of its plan year found it. */
    public static java.util.Map<String, vn.giamngheo.platform.refdata.AreaType> areaTypes(PovertyReport report) {
        java.util.Map<String, vn.giamngheo.platform.refdata.AreaType> types = new java.util.HashMap<>();
        for (PovertyReport.Row row : report.communes()) {
            types.put(row.code(), unit(row.code(), report.planYear()).areaType());
        }
        return types;
    }

    static String name(String code, int year) {
        return AdministrativeUnits.get().latestValidDay(code, LocalDate.of(year, 12, 31))
                .flatMap(d -> AdministrativeUnits.get().find(code, d)).map(UnitVersion::name).orElse(code);
    }
}

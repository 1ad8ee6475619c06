package vn.giamngheo.reporting.access;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;
import vn.giamngheo.platform.web.security.EndpointRule;
import vn.giamngheo.platform.web.security.EndpointTable;
import vn.giamngheo.platform.web.security.Roles;

/**
 * Who may call what in reporting-service: the reports and the dashboard's configuration are aggregated statistics,
 * public in Vietnam; the operations on the read models themselves are the province's.
 */
@ApplicationScoped
public class AccessPolicy implements EndpointTable {

    static final Set<String> PUBLIC = Set.of("GET /api/v1/dashboard/config", "GET /api/v1/reports/poverty",
            "GET /api/v1/reports/spending", "GET /api/v1/reports/province", "GET /api/v1/reports/district",
            "GET /api/v1/reports/forms");

    private static final EndpointRule PROVINCE_STAFF = EndpointRule.roles(
            Set.of(Roles.PROVINCE_OFFICER, Roles.SYSTEM),
            "The read models are compared by province officers or the province's systems.");

    private static final EndpointRule PROVINCE_SYSTEM = EndpointRule.roles(Set.of(Roles.SYSTEM),
            "The read models are rebuilt by the province's system account only.");

    @Inject
    Caller caller;

    @Override
    public Map<String, EndpointRule> endpoints() {
        Map<String, EndpointRule> rows = new HashMap<>();
        PUBLIC.forEach(endpoint -> rows.put(endpoint, EndpointRule.open()));
        rows.put("POST /api/v1/admin/rebuild", PROVINCE_SYSTEM);
        rows.put("GET /api/v1/admin/rebuild", PROVINCE_SYSTEM);
        rows.put("GET /api/v1/admin/rebuild/{id}", PROVINCE_SYSTEM);
        rows.put("GET /api/v1/admin/reconciliation", PROVINCE_STAFF);
        rows.put("POST /api/v1/admin/reconciliation", PROVINCE_STAFF);
        return rows;
    }

    /** Refuses with 403 unless the caller works for the province itself (not for one of its communes). */
    public void requireProvinceLevel() {
        String area = caller.area();
        boolean province = area != null && AdministrativeUnits.get().find(area, LocalDate.now())
                .map(unit -> unit.level() == UnitLevel.PROVINCE).orElse(false);
        if (!province) {
            throw ProblemException.forbidden("Your account works for unit " + area
                    + ": the read models are the province's, handled by accounts of the province itself.");
        }
    }
}

package vn.giamngheo.household.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.giamngheo.household.domain.Household;
import vn.giamngheo.household.domain.ResidentTotal;
import vn.giamngheo.household.domain.TotalHouseholds;
import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.Topics;
import vn.giamngheo.platform.events.payload.TotalHouseholdsReported;
import vn.giamngheo.platform.outbox.Outbox;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.problem.ProblemException;

/** A commune reports its total of resident households for a year, the denominator of its rates, and publishes it. */
@ApplicationScoped
@Transactional
public class ReportTotal {

    @Inject
    AccessPolicy access;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    public TotalHouseholds report(String communeCode, int year, long total, Long ethnicMinority) {
        // A code valid at the start of the year is read then; a commune formed during it (2025-07-01), at its end.
        LocalDate on = AdministrativeUnits.get().find(communeCode, LocalDate.of(year, 1, 1)).isPresent()
                ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
        AdministrativeUnits.get().find(communeCode, on).filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> ProblemException.notFound("No commune has code " + communeCode + " in " + year + "."));
        access.require(AccessPolicy.Operation.REPORT_TOTAL, communeCode, on);
        long registered = Household.count("communeCode in ?1", AdministrativeUnits.get().codesHeldBy(communeCode, on));
        ResidentTotal.check(communeCode, total, ethnicMinority, registered).ifPresent(v -> {
            throw ProblemException.invalidField(v.field(), v.message());
        });
        TotalHouseholds t = TotalHouseholds.<TotalHouseholds>find("communeCode = ?1 and year = ?2", communeCode, year)
                .firstResultOptional().orElse(null);
        if (t != null && t.total == total && Objects.equals(t.ethnicMinority, ethnicMinority)) {
            // The same figures again (an app retrying its PUT): nothing changed, so nothing is published or audited.
            return t;
        }
        Object before = t == null ? null : Map.of("total", t.total);
        boolean first = t == null;
        if (first) {
            t = new TotalHouseholds();
            t.communeCode = communeCode;
            t.year = year;
        }
        t.total = total;
        t.ethnicMinority = ethnicMinority;
        t.reportedBy = access.user();
        t.reportedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (first) {
            t.persist();
        }
        publish(communeCode, year, on, total, ethnicMinority);
        audit.record("REPORT_TOTAL", "total-households", communeCode + ":" + year, communeCode, on, before,
                Map.of("total", total));
        return t;
    }

    private void publish(String communeCode, int year, LocalDate on, long total, Long ethnicMinority) {
        String district = AdministrativeUnits.get().ancestorAt(communeCode, UnitLevel.DISTRICT, on)
                .map(UnitVersion::code).orElse(null);
        String province = AdministrativeUnits.get().ancestorAt(communeCode, UnitLevel.PROVINCE, on)
                .map(UnitVersion::code).orElseThrow();
        outbox.publish(Topics.HOUSEHOLD_EVENTS, "commune-year", communeCode + ":" + year,
                EventTypes.TOTAL_HOUSEHOLDS_REPORTED, new TotalHouseholdsReported(communeCode, district, province, year,
                        total, ethnicMinority, LocalDate.now()));
    }
}

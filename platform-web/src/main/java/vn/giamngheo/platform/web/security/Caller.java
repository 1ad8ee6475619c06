package vn.giamngheo.platform.web.security;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.vertx.core.http.HttpServerRequest;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.web.problem.ProblemException;

/**
 * Who is calling and over which area: the token's user, the one platform role they act with, and the {@code area}
 * claim. A user acts on their area and on every unit within it, judged by the unit hierarchy valid on the date of
 * the fact in question.
 */
@RequestScoped
public class Caller {

    /** Names the role a caller acts with when their token holds more than one of the platform's. */
    public static final String ACTING_ROLE_HEADER = "X-Acting-Role";

    @Inject
    JsonWebToken jwt;

    @Inject
    Instance<HttpServerRequest> request;

    public String user() {
        String name = jwt.getName();
        return name == null ? "anonymous" : name;
    }

    /**
     * The platform role the caller acts with, if any. A token holding two platform roles must name one in
     * {@value #ACTING_ROLE_HEADER}, so that no request gets the union of two roles' rights; a role named there must
     * be one the token holds.
     */
    public Optional<String> actingRole() {
        Set<String> held = Roles.ofPlatform(jwt.getGroups());
        String named = actingRoleHeader();
        if (named != null) {
            if (!held.contains(named)) {
                throw ProblemException.forbidden(Roles.ALL.contains(named)
                        ? "Your token does not hold the role " + named + " named in " + ACTING_ROLE_HEADER
                                + "; it holds " + describe(held) + "."
                        : ACTING_ROLE_HEADER + " names no role of the platform; your token holds " + describe(held)
                                + ".");
            }
            return Optional.of(named);
        }
        if (held.size() > 1) {
            throw ProblemException.forbidden("Your token holds the roles " + String.join(", ", held)
                    + ": name the one you act with in the " + ACTING_ROLE_HEADER + " header.");
        }
        return held.stream().findFirst();
    }

    /** The caller's role as a set (empty for a token holding none of the platform's roles). */
    public Set<String> roles() {
        return actingRole().map(Set::of).orElse(Set.of());
    }

    /** The GSO code of the unit the caller works for. */
    public String area() {
        Object area = jwt.getClaim("area");
        return area == null ? null : area.toString().replace("\"", "");
    }

    /** Whether, on the date, the unit is the caller's area or lies within it. */
    public boolean covers(String unitCode, LocalDate date) {
        String area = area();
        return area != null && AdministrativeUnits.get().isWithin(unitCode, area, date);
    }

    /**
     * Refuses with 403 unless the caller may read what belongs to the unit: their area covers it, or lies within it
     * (a commune reads its district's plan), or they are another government system.
     */
    public void requireReader(String unitCode, LocalDate date) {
        boolean related = covers(unitCode, date)
                || area() != null && AdministrativeUnits.get().isWithin(area(), unitCode, date);
        if (!related && !roles().contains(Roles.SYSTEM)) {
            throw ProblemException.forbidden("Your account works for area " + area() + ", which has no part in unit "
                    + unitCode + " on " + date + ".");
        }
    }

    /** Refuses with 403 when the unit lies outside the caller's area on the date. */
    public void requireArea(String unitCode, LocalDate date) {
        if (!covers(unitCode, date)) {
            throw ProblemException.forbidden("Your account works for area " + area() + ", which does not include unit "
                    + unitCode + " on " + date + ". Ask an officer of that unit, or of a level above it.");
        }
    }

    /**
     * Refuses with 403 unless the caller may write a fact of the unit dated on the date, judged on what the platform
     * trusts rather than on the date the request claims: the caller's own unit exists today, and the unit's land lies
     * within the caller's area today (held by the unit itself, by the commune it became, by its successors, or else
     * by its province). A fact filed under a hierarchy that no longer holds (before the 2025 reform) is a late entry:
     * allowed to the province and to the commune that holds the unit's land now, and marked so in the audit trail.
     *
     * @return whether the write is a late entry
     */
    public boolean requireWriter(String unitCode, LocalDate factDate) {
        LocalDate today = LocalDate.now();
        requireOwnUnitExists(today);
        AdministrativeUnits units = AdministrativeUnits.get();
        if (units.find(unitCode, factDate).isEmpty()) {
            throw ProblemException.forbidden("Unit " + unitCode + " did not exist on " + factDate
                    + ": check the unit's code and the date of the fact.");
        }
        if (holdersToday(unitCode, today).stream().noneMatch(holder -> units.isWithin(holder, area(), today))) {
            throw ProblemException.forbidden("Your account works for area " + area() + ", which does not include unit "
                    + unitCode + " (or the commune that holds its land today). Ask an officer of that unit, or of the"
                    + " province.");
        }
        lateEntry = isLate(unitCode, factDate, today);
        return lateEntry;
    }

    /**
     * Refuses with 403 unless the caller acts for the unit itself: its own unit, existing today; or, for a fact filed
     * under a hierarchy that no longer holds, the unit that holds its land today (a late entry).
     *
     * @return whether the act is a late entry
     */
    public boolean requireOwnUnit(String unitCode, LocalDate factDate, String refusal) {
        LocalDate today = LocalDate.now();
        requireOwnUnitExists(today);
        boolean late = isLate(unitCode, factDate, today);
        boolean own = unitCode.equals(area()) && !late;
        // A chair's act is the unit's own: only a commune that took the unit over holds it, never the province.
        boolean holder = late && successorsToday(unitCode, today).contains(area());
        if (!own && !holder) {
            throw ProblemException.forbidden(refusal);
        }
        lateEntry = late;
        return late;
    }

    /** Whether the unit's land lies, today, within the caller's area, and the caller's unit still exists. */
    public boolean holdsToday(String unitCode) {
        LocalDate today = LocalDate.now();
        return area() != null && AdministrativeUnits.get().find(area(), today).isPresent()
                && holdersToday(unitCode, today).stream()
                        .anyMatch(holder -> AdministrativeUnits.get().isWithin(holder, area(), today));
    }

    /** Whether the request's write was a late entry (a fact of a hierarchy that no longer holds), for the audit. */
    public boolean lateEntry() {
        return lateEntry;
    }

    /** Marks the request's write as a late entry, where a use case judged it so itself. */
    public void markLateEntry() {
        lateEntry = true;
    }

    private boolean lateEntry;

    private void requireOwnUnitExists(LocalDate today) {
        String area = area();
        if (area == null || AdministrativeUnits.get().find(area, today).isEmpty()) {
            String ended = area == null ? null : AdministrativeUnits.get().latestValidDay(area, today)
                    .map(LocalDate::toString).orElse(null);
            throw ProblemException.forbidden("Your account works for unit " + area + ", which "
                    + (ended == null ? "does not exist" : "has not existed since " + ended.toString())
                    + ": it writes nothing now, whatever the date of the fact. Facts of its years are entered late by"
                    + " the province or by the commune that holds its land today.");
        }
    }

    /** The units that hold the unit's land today: itself, the commune it became, its successors, or its province. */
    static java.util.Set<String> holdersToday(String unitCode, LocalDate today) {
        java.util.Set<String> holders = successorsToday(unitCode, today);
        if (holders.isEmpty()) {
            AdministrativeUnits units = AdministrativeUnits.get();
            units.provinceOf(unitCode).filter(p -> units.find(p, today).isPresent()).ifPresent(holders::add);
        }
        return holders;
    }

    /** The unit itself while it exists, else the units that took its land over, as they are today. */
    static java.util.Set<String> successorsToday(String unitCode, LocalDate today) {
        AdministrativeUnits units = AdministrativeUnits.get();
        java.util.Set<String> holders = new java.util.TreeSet<>();
        units.currentCode(unitCode, today).ifPresent(holders::add);
        if (holders.isEmpty()) {
            for (vn.giamngheo.platform.refdata.Succession s : units.successorsOf(unitCode)) {
                if (!s.effective().isAfter(today)) {
                    units.currentCode(s.successorCode(), today).ifPresent(holders::add);
                }
            }
        }
        return holders;
    }

    /** A fact filed under a hierarchy that no longer holds: the unit, or one of its parents, is not what it is today. */
    static boolean isLate(String unitCode, LocalDate factDate, LocalDate today) {
        AdministrativeUnits units = AdministrativeUnits.get();
        return !units.lineage(unitCode, factDate).equals(units.lineage(unitCode, today));
    }

    private String actingRoleHeader() {
        // Outside an HTTP request (a scheduled job, a consumer) nobody names a role.
        if (!request.isResolvable()) {
            return null;
        }
        try {
            String value = request.get().getHeader(ACTING_ROLE_HEADER);
            return value == null || value.isBlank() ? null : value.strip();
        } catch (jakarta.enterprise.context.ContextNotActiveException
                | jakarta.enterprise.inject.IllegalProductException e) {
            // A scheduled job has a request context but no HTTP request.
            return null;
        }
    }

    private static String describe(Set<String> held) {
        return held.isEmpty() ? "none of the platform's roles" : String.join(", ", held);
    }
}

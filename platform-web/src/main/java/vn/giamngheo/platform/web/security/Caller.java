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

    private String actingRoleHeader() {
        // Outside an HTTP request (a scheduled job, a consumer) nobody names a role.
        if (!request.isResolvable()) {
            return null;
        }
        try {
            String value = request.get().getHeader(ACTING_ROLE_HEADER);
            return value == null || value.isBlank() ? null : value.strip();
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return null;
        }
    }

    private static String describe(Set<String> held) {
        return held.isEmpty() ? "none of the platform's roles" : String.join(", ", held);
    }
}

package vn.giamngheo.platform.web.security;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.web.problem.ProblemException;

/**
 * Who is calling and over which area: the token's user, roles and {@code area} claim. A user acts on their area
 * and on every unit within it, judged by the unit hierarchy valid on the date of the fact in question.
 */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken jwt;

    public String user() {
        String name = jwt.getName();
        return name == null ? "anonymous" : name;
    }

    public Set<String> roles() {
        Set<String> groups = jwt.getGroups();
        return groups == null ? Set.of() : new TreeSet<>(groups);
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
}

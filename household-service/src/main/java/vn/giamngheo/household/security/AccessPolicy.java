package vn.giamngheo.household.security;

import java.time.LocalDate;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;
import vn.giamngheo.platform.web.security.Roles;

/**
 * Who may do what to which unit in household-service: one table of operation × roles × scope ({@link Operation}),
 * asked by every use case before it acts.
 */
@ApplicationScoped
public class AccessPolicy {

    static final Set<String> ANY_ROLE = Set.of();
    static final Set<String> OFFICERS = Set.of(Roles.COMMUNE_OFFICER, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER);
    static final Set<String> PERSONAL_DATA = Set.of(Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR,
            Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER);

    /** Which units an operation may touch, given the caller's area. */
    public enum Scope {
        /** The caller's area covers the unit on the date of the fact. */
        AREA,
        /** The caller works for the unit itself. */
        OWN_UNIT,
        /** Related either way (a commune reads its district's figures), or another government system. */
        READER,
        /** The caller's area covers the unit, or the unit that holds its land today; or another system. */
        HOLDER,
        /** Any unit: the role is what matters. */
        ANY_UNIT
    }

    /** The table: each operation with the roles allowed (none listed: any signed-in role), its scope and refusal. */
    public enum Operation {
        OPEN_ROUND(OFFICERS, Scope.AREA, Refusals.REVIEWS),
        SUBMIT_REVIEWS(OFFICERS, Scope.AREA, Refusals.REVIEWS),
        DECIDE_ROUND(Set.of(Roles.COMMUNE_CHAIR), Scope.OWN_UNIT, "Only the chair of commune %s recognises its list."),
        READ_ROUNDS(ANY_ROLE, Scope.AREA, null),
        LOAD_OPENING_BALANCE(OFFICERS, Scope.AREA, Refusals.REGISTRY),
        REPORT_TOTAL(OFFICERS, Scope.AREA, Refusals.REGISTRY),
        READ_TOTAL(ANY_ROLE, Scope.READER, null),
        LIST_HOUSEHOLDS(ANY_ROLE, Scope.AREA, null),
        READ_HOUSEHOLD(ANY_ROLE, Scope.HOLDER, null),
        LOOK_UP_PERSON(Set.of(Roles.SYSTEM), Scope.ANY_UNIT,
                "Look-ups by identity number are for authorised government systems."),
        SEE_PERSONAL_DATA(PERSONAL_DATA, Scope.ANY_UNIT, null);

        final Set<String> roles;
        final Scope scope;
        /** The refusal of a role not in the list, with %s for the unit. */
        final String refusal;

        Operation(Set<String> roles, Scope scope, String refusal) {
            this.roles = roles;
            this.scope = scope;
            this.refusal = refusal;
        }
    }

    /** The refusals shared by several operations. */
    private static final class Refusals {
        static final String REVIEWS = "Reviews are entered by commune officers (or district and province officers"
                + " for their area).";
        static final String REGISTRY = "This is recorded by commune officers (or district and province officers"
                + " for their area).";
    }

    @Inject
    Caller caller;

    /** Refuses with 403 unless the caller may do the operation on the unit, as the unit was on the date. */
    public void require(Operation operation, String unitCode, LocalDate on) {
        if (!hasRole(operation)) {
            throw ProblemException.forbidden(String.format(operation.refusal, unitCode));
        }
        switch (operation.scope) {
            case AREA -> caller.requireArea(unitCode, on);
            case OWN_UNIT -> {
                if (!unitCode.equals(caller.area())) {
                    throw ProblemException.forbidden(String.format(operation.refusal, unitCode));
                }
            }
            case READER -> caller.requireReader(unitCode, on);
            case HOLDER -> requireHolder(unitCode, on);
            case ANY_UNIT -> {
            }
        }
    }

    /** Refuses with 403 unless the caller's role allows the operation anywhere. */
    public void require(Operation operation) {
        if (operation.scope != Scope.ANY_UNIT) {
            throw new IllegalArgumentException(operation + " is scoped to a unit");
        }
        require(operation, null, null);
    }

    /** Whether the caller's role allows the operation (for what a view shows rather than whether it is shown). */
    public boolean allows(Operation operation) {
        return hasRole(operation);
    }

    public String user() {
        return caller.user();
    }

    /** The caller's own unit, where an audit record names no other. */
    public String area() {
        return caller.area();
    }

    private boolean hasRole(Operation operation) {
        return operation.roles.isEmpty() || caller.roles().stream().anyMatch(operation.roles::contains);
    }

    private void requireHolder(String unitCode, LocalDate on) {
        if (caller.roles().contains(Roles.SYSTEM) || caller.covers(unitCode, on)) {
            return;
        }
        // Officers of the commune that holds an ended commune's land now read its households too.
        LocalDate today = LocalDate.now();
        caller.requireArea(AdministrativeUnits.get().currentCode(unitCode, today).orElse(unitCode), today);
    }
}

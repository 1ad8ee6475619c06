package vn.giamngheo.plan.access;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.giamngheo.plan.domain.PlanWorkflow.Actor;
import vn.giamngheo.plan.domain.PlanWorkflow.Transition;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;
import vn.giamngheo.platform.web.security.EndpointRule;
import vn.giamngheo.platform.web.security.EndpointTable;
import vn.giamngheo.platform.web.security.Roles;

/** Who may do what in plan-service, and over which units: one table of operation × roles × scope. */
@ApplicationScoped
public class AccessPolicy implements EndpointTable {

    /** What a caller asks to do. */
    public enum Operation {
        IMPORT, EDIT_DRAFT, SUBMIT, RETURN, APPROVE, REVISE, REPORT_PROGRESS, READ, LIST
    }

    /** Which units an operation reaches, judged by the unit hierarchy on 1 January of the plan's year. */
    enum Scope {
        /** The unit is the caller's area or lies within it. */
        WITHIN_AREA,
        /** The unit is the caller's area itself: a chair acts for their own unit only. */
        OWN_UNIT,
        /** The unit and the caller's area contain one another (a commune reads its district's plan), or a system reads. */
        RELATED,
        /** As WITHIN_AREA, but other government systems reach every area; no unit named means the caller's own. */
        WITHIN_AREA_OR_SYSTEM
    }

    /**
     * One row of the table: the roles allowed (none listed: every signed-in role), the refusal (where it names the
     * unit, as {@code %s}), the scope.
     */
    record Rule(Set<String> roles, String refusal, Scope scope) {

        boolean admits(Set<String> callerRoles) {
            return roles.isEmpty() ? !callerRoles.isEmpty() : callerRoles.stream().anyMatch(roles::contains);
        }
    }

    private static final String WRITERS_ONLY = "Plans are written by the unit's own officers (a commune's; a"
            + " district's until 2025-06-30) or by the province's.";
    private static final String CHAIR_ONLY = "Only the chair of unit %s approves or returns its plan.";
    private static final String CHAIR_ROLE_ONLY = "Only the chair of the unit that issues a plan approves or returns it"
            + " (the province's officers record those of units the 2025 reform abolished).";

    static final Map<Operation, Rule> TABLE = table();

    /** The endpoints of the API and the operation each does. */
    static final Map<String, Operation> ENDPOINTS = Map.ofEntries(
            Map.entry("POST /api/v1/plans", Operation.IMPORT),
            Map.entry("GET /api/v1/plans", Operation.LIST),
            Map.entry("GET /api/v1/plans/{planId}", Operation.READ),
            Map.entry("GET /api/v1/plans/{planId}/versions/{version}", Operation.READ),
            Map.entry("PUT /api/v1/plans/{planId}/versions/{version}", Operation.EDIT_DRAFT),
            Map.entry("POST /api/v1/plans/{planId}/versions/{version}/submit", Operation.SUBMIT),
            Map.entry("POST /api/v1/plans/{planId}/versions/{version}/return", Operation.RETURN),
            Map.entry("POST /api/v1/plans/{planId}/versions/{version}/approve", Operation.APPROVE),
            Map.entry("POST /api/v1/plans/{planId}/revisions", Operation.REVISE),
            Map.entry("POST /api/v1/plans/{planId}/progress", Operation.REPORT_PROGRESS),
            Map.entry("GET /api/v1/plans/{planId}/progress", Operation.READ));

    /** Public information, open without a token: the program's catalog of projects. */
    static final Set<String> PUBLIC = Set.of("GET /api/v1/catalog/projects");

    @Inject
    Caller caller;

    /** How a caller was let do an operation. */
    public enum Grant {
        /** By the caller's own role. */
        OWN_ROLE,
        /**
         * A chair's act of a unit the 2025 reform abolished without a commune to take it over (a district): nobody
         * holds that chair today, so the province's officers record the act, as a late entry, citing its decision
         * (dated while the unit existed; never by the officer who entered or submitted the version).
         */
        RECORDED_FOR_ABOLISHED_CHAIR
    }

    /** Refuses with 403 unless the caller's roles may do the operation over the unit's plan for the year. */
    public Grant require(Operation operation, String unitCode, int year) {
        return require(operation, unitCode, LocalDate.of(year, 1, 1));
    }

    /**
     * Refuses with 403 unless the caller's roles may do the operation over the unit on the date. A write is judged on
     * what the platform trusts ({@link Caller#requireWriter}): an officer of an abolished unit writes nothing,
     * whatever the date; the plans of the years before the reform are entered late by the province.
     */
    public Grant require(Operation operation, String unitCode, LocalDate on) {
        Rule rule = TABLE.get(operation);
        Set<String> roles = caller.roles();
        if (rule.scope() == Scope.OWN_UNIT && roles.contains(Roles.PROVINCE_OFFICER)) {
            return recordForAbolishedChair(rule, unitCode, on);
        }
        if (!rule.admits(roles)) {
            throw ProblemException.forbidden(rule.refusal() == null ? "Your token holds none of the platform's roles."
                    : rule.refusal().formatted(unitCode));
        }
        switch (rule.scope()) {
            case WITHIN_AREA -> caller.requireWriter(unitCode, on);
            case OWN_UNIT -> {
                requireChairOfTheUnitsLevel(roles, unitCode, on, rule);
                caller.requireOwnUnit(unitCode, on, rule.refusal().formatted(unitCode));
            }
            case RELATED -> caller.requireReader(unitCode, on);
            case WITHIN_AREA_OR_SYSTEM -> {
                if (unitCode != null && !roles.contains(Roles.SYSTEM)) {
                    caller.requireArea(unitCode, on);
                }
            }
        }
        return Grant.OWN_ROLE;
    }

    /** A commune's chair acts for a commune, a district's for a district, the province's for the province. */
    private static void requireChairOfTheUnitsLevel(Set<String> roles, String unitCode, LocalDate on, Rule rule) {
        UnitLevel level = AdministrativeUnits.get().find(unitCode, on).map(UnitVersion::level).orElse(null);
        String chair = level == null ? null : switch (level) {
            case COMMUNE -> Roles.COMMUNE_CHAIR;
            case DISTRICT -> Roles.DISTRICT_CHAIR;
            case PROVINCE -> Roles.PROVINCE_CHAIR;
        };
        if (chair == null || !roles.contains(chair)) {
            throw ProblemException.forbidden(rule.refusal().formatted(unitCode));
        }
    }

    private Grant recordForAbolishedChair(Rule rule, String unitCode, LocalDate on) {
        // Only for a unit that no commune took over: a commune's successor has a chair of its own to act.
        LocalDate today = LocalDate.now();
        boolean abolished = AdministrativeUnits.get().find(unitCode, today).isEmpty()
                && AdministrativeUnits.get().successorsOf(unitCode).isEmpty();
        if (!abolished) {
            throw ProblemException.forbidden(rule.refusal().formatted(unitCode));
        }
        caller.requireWriter(unitCode, on);
        caller.markLateEntry();
        return Grant.RECORDED_FOR_ABOLISHED_CHAIR;
    }

    /** The last day of a unit that no longer exists today; empty while it exists. */
    public java.util.Optional<LocalDate> lastDayOfAbolished(String unitCode) {
        LocalDate today = LocalDate.now();
        return AdministrativeUnits.get().find(unitCode, today).isPresent() ? java.util.Optional.empty()
                : AdministrativeUnits.get().latestValidDay(unitCode, today);
    }

    /** Whether the caller, asking for no area in particular, sees every unit: another government system does. */
    public boolean seesEverything(String requestedArea) {
        return requestedArea == null && caller.roles().contains(Roles.SYSTEM);
    }

    /** The area a listing covers: the one asked for, else the caller's own. */
    public String areaOf(String requestedArea) {
        return requestedArea == null ? caller.area() : requestedArea;
    }

    @Override
    public Map<String, EndpointRule> endpoints() {
        Map<String, EndpointRule> rows = new HashMap<>();
        PUBLIC.forEach(endpoint -> rows.put(endpoint, EndpointRule.open()));
        ENDPOINTS.forEach((endpoint, operation) -> {
            Rule rule = TABLE.get(operation);
            rows.put(endpoint, rule.scope() == Scope.OWN_UNIT
                    ? EndpointRule.roles(union(rule.roles(), Set.of(Roles.PROVINCE_OFFICER)), CHAIR_ROLE_ONLY)
                    : EndpointRule.roles(rule.roles(), rule.refusal()));
        });
        return rows;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<Operation, Rule> table() {
        Map<Operation, Rule> t = new EnumMap<>(Operation.class);
        t.put(Operation.IMPORT, new Rule(Actor.AUTHOR.roles(), WRITERS_ONLY, Scope.WITHIN_AREA));
        t.put(Operation.EDIT_DRAFT, step(Transition.EDIT));
        t.put(Operation.SUBMIT, step(Transition.SUBMIT));
        t.put(Operation.RETURN, step(Transition.RETURN));
        t.put(Operation.APPROVE, step(Transition.APPROVE));
        t.put(Operation.REVISE, step(Transition.REVISE));
        t.put(Operation.REPORT_PROGRESS, new Rule(Actor.AUTHOR.roles(), WRITERS_ONLY, Scope.WITHIN_AREA));
        t.put(Operation.READ, new Rule(Set.of(), null, Scope.RELATED));
        t.put(Operation.LIST, new Rule(Set.of(), null, Scope.WITHIN_AREA_OR_SYSTEM));
        return Map.copyOf(t);
    }

    /** A workflow step: taken by the workflow's actor, authors within their area, the chair for their own unit. */
    private static Rule step(Transition transition) {
        return transition.actor() == Actor.CHAIR
                ? new Rule(Actor.CHAIR.roles(), CHAIR_ONLY, Scope.OWN_UNIT)
                : new Rule(Actor.AUTHOR.roles(), WRITERS_ONLY, Scope.WITHIN_AREA);
    }
}

package vn.giamngheo.funding.access;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;
import vn.giamngheo.platform.web.security.EndpointRule;
import vn.giamngheo.platform.web.security.EndpointTable;
import vn.giamngheo.platform.web.security.Roles;

/** Who may do what in funding-service, and over which units: one table of operation × roles × scope. */
@ApplicationScoped
public class AccessPolicy implements EndpointTable {

    /** What a caller asks to do. */
    public enum Operation {
        ALLOCATE, DISBURSE, REVERSE, READ_ALLOCATION, READ_LINES, READ_CONFLICTS, READ_PLAN_BALANCES,
        READ_AREA_BALANCES
    }

    /** Which units an operation reaches, judged by the unit hierarchy of the date in question. */
    enum Scope {
        /**
         * The unit's land lies within the caller's area today, and the caller's unit exists today (a write: the money
         * of the plans of the years before the reform is entered late by the province).
         */
        WITHIN_AREA,
        /** The unit and the caller's area contain one another (a commune reads its district's plan), or a system reads. */
        RELATED,
        /** As WITHIN_AREA, but other government systems read every area. */
        WITHIN_AREA_OR_SYSTEM
    }

    /** One row of the table: the roles allowed (none listed: every signed-in role), the refusal, the scope. */
    record Rule(Set<String> roles, String refusal, Scope scope) {

        boolean admits(Set<String> callerRoles) {
            return roles.isEmpty() ? !callerRoles.isEmpty() : callerRoles.stream().anyMatch(roles::contains);
        }
    }

    private static final String MONEY_MOVERS_ONLY = "Allocations and payments are recorded by finance officers.";

    static final Map<Operation, Rule> TABLE = table();

    /**
     * The endpoints of the API and the operation each does. Public spending figures are reporting-service's; every
     * read here shows payees and ledgers, so it needs a role and stays within one's area.
     */
    static final Map<String, Operation> ENDPOINTS = Map.of(
            "POST /api/v1/allocations", Operation.ALLOCATE,
            "GET /api/v1/allocations/{id}", Operation.READ_ALLOCATION,
            "POST /api/v1/allocations/{id}/disbursements", Operation.DISBURSE,
            "POST /api/v1/disbursements/{id}/reversals", Operation.REVERSE,
            "GET /api/v1/budget-lines", Operation.READ_LINES,
            "GET /api/v1/budget-lines/conflicts", Operation.READ_CONFLICTS,
            "GET /api/v1/balances", Operation.READ_AREA_BALANCES);

    @Inject
    Caller caller;

    /**
     * Refuses with 403 unless the caller's roles may do the operation over the unit, on 1 January of the year (the
     * year of the plan the money belongs to), or today when no year is given.
     */
    public void require(Operation operation, String unitCode, Integer year) {
        Rule rule = TABLE.get(operation);
        Set<String> roles = caller.roles();
        if (!rule.admits(roles)) {
            throw ProblemException.forbidden(rule.refusal() == null ? "Your token holds none of the platform's roles."
                    : rule.refusal());
        }
        LocalDate on = year == null ? LocalDate.now() : LocalDate.of(year, 1, 1);
        switch (rule.scope()) {
            case WITHIN_AREA -> caller.requireWriter(unitCode, on);
            case RELATED -> caller.requireReader(unitCode, on);
            case WITHIN_AREA_OR_SYSTEM -> {
                if (!roles.contains(Roles.SYSTEM)) {
                    caller.requireArea(unitCode, on);
                }
            }
        }
    }

    @Override
    public Map<String, EndpointRule> endpoints() {
        Map<String, EndpointRule> rows = new HashMap<>();
        ENDPOINTS.forEach((endpoint, operation) -> {
            Rule rule = TABLE.get(operation);
            rows.put(endpoint, EndpointRule.roles(rule.roles(), rule.refusal()));
        });
        return rows;
    }

    private static Map<Operation, Rule> table() {
        Map<Operation, Rule> t = new EnumMap<>(Operation.class);
        Rule moveMoney = new Rule(Set.of(Roles.FINANCE_OFFICER), MONEY_MOVERS_ONLY, Scope.WITHIN_AREA);
        Rule read = new Rule(Set.of(), null, Scope.WITHIN_AREA_OR_SYSTEM);
        t.put(Operation.ALLOCATE, moveMoney);
        t.put(Operation.DISBURSE, moveMoney);
        t.put(Operation.REVERSE, moveMoney);
        t.put(Operation.READ_ALLOCATION, read);
        t.put(Operation.READ_LINES, read);
        t.put(Operation.READ_CONFLICTS, read);
        t.put(Operation.READ_PLAN_BALANCES, read);
        t.put(Operation.READ_AREA_BALANCES, new Rule(Set.of(), null, Scope.WITHIN_AREA_OR_SYSTEM));
        return Map.copyOf(t);
    }
}

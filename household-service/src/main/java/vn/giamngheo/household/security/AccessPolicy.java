package vn.giamngheo.household.security;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;
import vn.giamngheo.platform.web.security.EndpointRule;
import vn.giamngheo.platform.web.security.EndpointTable;
import vn.giamngheo.platform.web.security.Roles;

/**
 * Who may do what to which unit in household-service: one table of operation × roles × scope ({@link Operation}),
 * asked by every use case before it acts.
 */
@ApplicationScoped
public class AccessPolicy implements EndpointTable {

    static final Set<String> ANY_ROLE = Set.of();
    static final Set<String> OFFICERS = Set.of(Roles.COMMUNE_OFFICER, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER);
    static final Set<String> PERSONAL_DATA = Set.of(Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR,
            Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER);

    /** Which units an operation may touch, given the caller's area. */
    public enum Scope {
        /**
         * A write, judged on what the platform trusts: the caller's unit exists today and the unit's land lies within
         * the caller's area today; facts of the years before the reform are late entries.
         */
        WRITE,
        /** The caller works for the unit itself. */
        OWN_UNIT,
        /** Related either way (a commune reads its district's figures), or another government system. */
        READER,
        /** The caller's area covers the unit, or the unit that holds its land today; or another system. */
        HOLDER,
        /** The caller's area covers the unit on the date, or the unit that holds its land today. */
        AREA_OR_HOLDER,
        /** Any unit: the role is what matters. */
        ANY_UNIT
    }

    /**
     * The table: each operation with the roles allowed (none listed: any platform role), its scope, the refusal of
     * another role, and the endpoints of the API that do it.
     */
    public enum Operation {
        OPEN_ROUND(OFFICERS, Scope.WRITE, Refusals.REVIEWS, "POST /api/v1/rounds"),
        SUBMIT_REVIEWS(OFFICERS, Scope.WRITE, Refusals.REVIEWS, "POST /api/v1/rounds/{id}/reviews"),
        DECIDE_ROUND(Set.of(Roles.COMMUNE_CHAIR), Scope.OWN_UNIT, "Only the commune's chair recognises its list.",
                "POST /api/v1/rounds/{id}/decision"),
        READ_ROUNDS(ANY_ROLE, Scope.AREA_OR_HOLDER, null, "GET /api/v1/rounds", "GET /api/v1/rounds/{id}"),
        LOAD_OPENING_BALANCE(OFFICERS, Scope.WRITE, Refusals.REGISTRY, "POST /api/v1/opening-balances"),
        REPORT_TOTAL(OFFICERS, Scope.WRITE, Refusals.REGISTRY, "PUT /api/v1/communes/{code}/total-households/{year}"),
        READ_TOTAL(ANY_ROLE, Scope.READER, null, "GET /api/v1/communes/{code}/total-households/{year}"),
        LIST_HOUSEHOLDS(ANY_ROLE, Scope.AREA_OR_HOLDER, null, "GET /api/v1/households"),
        READ_HOUSEHOLD(ANY_ROLE, Scope.HOLDER, null, "GET /api/v1/households/{code}"),
        LOOK_UP_PERSON(Set.of(Roles.SYSTEM), Scope.ANY_UNIT,
                "Look-ups by identity number are for authorised government systems.",
                "POST /api/v1/households/lookup"),
        SEE_PERSONAL_DATA(PERSONAL_DATA, Scope.ANY_UNIT, null),
        SEARCH_PEOPLE(PERSONAL_DATA, Scope.AREA_OR_HOLDER, "Names are searched by the commune's officers and chair"
                + " (or district and province officers for their area).", "GET /api/v1/households/search"),
        PROPOSE_CHANGES(OFFICERS, Scope.WRITE, "Changes to a household are proposed by commune officers (or district"
                + " and province officers for their area).", "POST /api/v1/change-requests"),
        READ_CHANGES(PERSONAL_DATA, Scope.AREA_OR_HOLDER, "Change requests hold personal data: they are read by the"
                + " commune's officers and chair (or district and province officers for their area).",
                "GET /api/v1/change-requests", "GET /api/v1/change-requests/{id}",
                "GET /api/v1/communes/{code}/change-approvers"),
        APPROVE_CHANGES(Set.of(Roles.COMMUNE_CHAIR, Roles.COMMUNE_OFFICER), Scope.OWN_UNIT, "A change is approved by"
                + " the commune's chair or an officer the chair designated.",
                "POST /api/v1/change-requests/{id}/decision"),
        DESIGNATE_APPROVERS(Set.of(Roles.COMMUNE_CHAIR), Scope.OWN_UNIT, "Only the commune's chair designates the"
                + " officers who approve its changes.", "PUT /api/v1/communes/{code}/change-approvers/{user}",
                "DELETE /api/v1/communes/{code}/change-approvers/{user}"),
        READ_DUPLICATES(PERSONAL_DATA, Scope.AREA_OR_HOLDER, "Possible duplicates name people: they are read by the"
                + " commune's officers and chair (or district and province officers for their area).",
                "GET /api/v1/possible-duplicates", "GET /api/v1/possible-duplicates/{id}"),
        RESOLVE_DUPLICATES(OFFICERS, Scope.WRITE, "Possible duplicates are resolved by commune officers (or district"
                + " and province officers for their area).", "POST /api/v1/possible-duplicates/{id}/resolution"),
        RECORD_COMPLAINTS(OFFICERS, Scope.WRITE, "Complaints are recorded by commune officers (or district and"
                + " province officers for their area).", "POST /api/v1/complaints"),
        RESURVEY_COMPLAINTS(OFFICERS, Scope.WRITE, "A complaint's re-survey is entered by commune officers (or"
                + " district and province officers for their area).", "POST /api/v1/complaints/{id}/re-survey"),
        ANSWER_COMPLAINTS(Set.of(Roles.COMMUNE_CHAIR), Scope.OWN_UNIT, "Only the commune's chair assigns and answers"
                + " complaints about its decisions.", "POST /api/v1/complaints/{id}/assignment",
                "POST /api/v1/complaints/{id}/answer"),
        READ_COMPLAINTS(PERSONAL_DATA, Scope.AREA_OR_HOLDER, "Complaints name people: they are read by the commune's"
                + " officers and chair (or district and province officers for their area).",
                "GET /api/v1/complaints", "GET /api/v1/complaints/{id}"),
        DRAW_POLICY_LISTS(ANY_ROLE, Scope.AREA_OR_HOLDER, null, "GET /api/v1/policy-lists/{list}"),
        EXPORT_LISTS(PERSONAL_DATA, Scope.AREA_OR_HOLDER, "Lists with the heads' names are for the commune's officers"
                + " and chair (or district and province officers for their area).",
                "GET /api/v1/rounds/{id}/posting-list", "GET /api/v1/rounds/{id}/decision-list",
                "GET /api/v1/rounds/{id}/list"),
        REGISTER_DCI_SYSTEMS(Set.of(Roles.PROVINCE_OFFICER), Scope.ANY_UNIT, "The systems that call the DCI Social"
                + " Registry API are registered by the province's officers.", "GET /api/v1/dci/systems",
                "GET /api/v1/dci/systems/{senderId}", "PUT /api/v1/dci/systems/{senderId}",
                "DELETE /api/v1/dci/systems/{senderId}", "GET /api/v1/dci/deliveries"),
        // Which system is calling, and what it may see, is judged on its registration (DciGateway).
        CALL_DCI_REGISTRY(Set.of(Roles.SYSTEM), Scope.ANY_UNIT, "The DCI Social Registry API is for registered"
                + " government systems.", "POST /dci/sr/v1/registry/search", "POST /dci/sr/v1/registry/sync/search",
                "POST /dci/sr/v1/registry/subscribe", "POST /dci/sr/v1/registry/unsubscribe",
                "POST /dci/sr/v1/registry/txn/status", "POST /dci/sr/v1/registry/sync/txn/status");

        final Set<String> roles;
        final Scope scope;
        /** The refusal of a role not in the list. */
        final String refusal;
        final List<String> endpoints;

        Operation(Set<String> roles, Scope scope, String refusal, String... endpoints) {
            this.roles = roles;
            this.scope = scope;
            this.refusal = refusal;
            this.endpoints = List.of(endpoints);
        }
    }

    /**
     * Public information, open without a token: the standards, the self-assessment, aggregated counts, the
     * administrative units.
     */
    static final Set<String> PUBLIC = Set.of("GET /api/v1/standards", "GET /api/v1/standards/{code}",
            "GET /api/v1/standards/{code}/questionnaire", "GET /api/v1/policy-lists",
            "POST /api/v1/self-assessment", "GET /api/v1/registry/movement-counts", "GET /api/v1/units",
            "GET /api/v1/units/{code}", "GET /api/v1/dci/registry-key", "GET /api/v1/app/config");

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
        requireRole(operation);
        switch (operation.scope) {
            case WRITE -> caller.requireWriter(unitCode, on);
            case OWN_UNIT -> caller.requireOwnUnit(unitCode, on, "Your account works for unit " + caller.area()
                    + ": only the chair of commune " + unitCode + " (or, for its years before the 2025 reform, of the"
                    + " commune that holds its land now) does this for it.");
            case READER -> {
                if (!caller.holdsToday(unitCode)) {
                    caller.requireReader(unitCode, on);
                }
            }
            case AREA_OR_HOLDER -> {
                // The commune that holds an ended commune's land reads the facts it entered for it, late or not.
                if (!caller.holdsToday(unitCode)) {
                    caller.requireArea(unitCode, on);
                }
            }
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

    /** Refuses with 403 unless the caller's role allows the operation somewhere: checked before anything is read. */
    public void requireRole(Operation operation) {
        if (!hasRole(operation)) {
            throw ProblemException.forbidden(EndpointRule.roles(operation.roles, operation.refusal)
                    .refusalOf(caller.actingRole().orElse(null)));
        }
    }

    /** Whether the caller may do the operation on the unit, as the unit was on the date. */
    public boolean permits(Operation operation, String unitCode, LocalDate on) {
        try {
            require(operation, unitCode, on);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    public boolean isChair() {
        return caller.roles().contains(Roles.COMMUNE_CHAIR);
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

    @Override
    public Map<String, EndpointRule> endpoints() {
        Map<String, EndpointRule> rows = new HashMap<>();
        PUBLIC.forEach(endpoint -> rows.put(endpoint, EndpointRule.open()));
        for (Operation operation : Operation.values()) {
            operation.endpoints.forEach(endpoint -> rows.put(endpoint,
                    EndpointRule.roles(operation.roles, operation.refusal)));
        }
        return rows;
    }

    private boolean hasRole(Operation operation) {
        Set<String> roles = caller.roles();
        return operation.roles.isEmpty() ? !roles.isEmpty() : roles.stream().anyMatch(operation.roles::contains);
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

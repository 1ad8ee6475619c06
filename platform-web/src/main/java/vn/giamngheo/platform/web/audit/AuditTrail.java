package vn.giamngheo.platform.web.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.security.Caller;

/**
 * Records every change with who made it, when, and the state before and after, in the transaction of the change
 * itself: a change without its audit entry cannot commit.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Caller caller;

    /**
     * @param unitCode the administrative unit the change belongs to
     * @param factDate the date on which the unit hierarchy is read (the date of the fact, e.g. a decision date)
     * @param before the state before, or null for a creation
     * @param after the state after, or null for a removal
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, String entityId, String unitCode, LocalDate factDate,
            Object before, Object after) {
        insert(caller.user(), String.join(",", caller.roles()), caller.area(), caller.lateEntry(), action, entityType,
                entityId, unitCode, factDate, before, after);
    }

    /**
     * The same for a change made on behalf of an actor who is not the request's caller: a registered system whose
     * request a background job answers, or the service itself (a delivery given up).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordFor(String actor, String actorRole, String actorArea, String action, String entityType,
            String entityId, String unitCode, LocalDate factDate, Object before, Object after) {
        insert(actor, actorRole, actorArea, false, action, entityType, entityId, unitCode, factDate, before, after);
    }

    private void insert(String actor, String roles, String actorArea, boolean late, String action, String entityType,
            String entityId, String unitCode, LocalDate factDate, Object before, Object after) {
        em.createNativeQuery("""
                INSERT INTO audit_entry (occurred_at, actor, actor_roles, actor_area, action, entity_type, entity_id,
                                         area_path, before_state, after_state, late_entry)
                VALUES (:at, :actor, :roles, :area, :action, :type, :id, :path,
                        CAST(:before AS jsonb), CAST(:after AS jsonb), :late)""")
                .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("actor", actor)
                .setParameter("roles", roles)
                .setParameter("area", actorArea)
                .setParameter("action", action)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .setParameter("path", areaPath(unitCode, factDate))
                .setParameter("before", json(before))
                .setParameter("after", json(after))
                .setParameter("late", late)
                .executeUpdate();
    }

    static String areaPath(String unitCode, LocalDate date) {
        // A unit that a reform ended is filed under the hierarchy of its last day.
        LocalDate on = AdministrativeUnits.get().latestValidDay(unitCode, date).orElse(date);
        List<UnitVersion> lineage = AdministrativeUnits.get().lineage(unitCode, on);
        if (lineage.isEmpty()) {
            return "/" + unitCode + "/";
        }
        List<String> codes = new java.util.ArrayList<>(lineage.stream().map(UnitVersion::code).toList());
        java.util.Collections.reverse(codes);
        return codes.stream().collect(Collectors.joining("/", "/", "/"));
    }

    private String json(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit state cannot be written as JSON", e);
        }
    }
}

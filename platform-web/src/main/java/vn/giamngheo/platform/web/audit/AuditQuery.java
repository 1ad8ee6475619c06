package vn.giamngheo.platform.web.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the audit trail of an area, optionally of one entity. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditQuery {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** The entries filed under the area path (e.g. {@code /04/047/01477/}) or a unit within it. */
    public AuditPage find(String areaPath, String entityType, String entityId, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE area_path LIKE :area");
        if (entityType != null) {
            where.append(" AND entity_type = :type");
        }
        if (entityId != null) {
            where.append(" AND entity_id = :id");
        }
        Query count = bind(em.createNativeQuery("SELECT count(*) FROM audit_entry" + where), areaPath, entityType,
                entityId);
        long total = ((Number) count.getSingleResult()).longValue();
        Query rows = bind(em.createNativeQuery("""
                SELECT id, occurred_at, actor, actor_roles, actor_area, action, entity_type, entity_id, area_path,
                       before_state::text AS before_state, after_state::text AS after_state, late_entry
                FROM audit_entry""" + where + " ORDER BY id DESC", Tuple.class), areaPath, entityType, entityId)
                .setFirstResult(page * size)
                .setMaxResults(size);
        List<AuditRecord> items = new ArrayList<>();
        for (Object o : rows.getResultList()) {
            Tuple r = (Tuple) o;
            items.add(new AuditRecord(((Number) r.get("id")).longValue(), toOffset(r.get("occurred_at")),
                    r.get("actor", String.class), r.get("actor_roles", String.class), r.get("actor_area", String.class),
                    r.get("action", String.class), r.get("entity_type", String.class), r.get("entity_id", String.class),
                    r.get("area_path", String.class), tree(r.get("before_state")), tree(r.get("after_state")),
                    r.get("late_entry", Boolean.class)));
        }
        return new AuditPage(page, size, total, items);
    }

    private static Query bind(Query q, String areaPath, String entityType, String entityId) {
        q.setParameter("area", areaPath + "%");
        if (entityType != null) {
            q.setParameter("type", entityType);
        }
        if (entityId != null) {
            q.setParameter("id", entityId);
        }
        return q;
    }

    private static OffsetDateTime toOffset(Object o) {
        if (o instanceof OffsetDateTime odt) {
            return odt;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) o).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    private JsonNode tree(Object json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readTree((String) json);
        } catch (Exception e) {
            throw new IllegalStateException("audit entry holds invalid JSON", e);
        }
    }
}

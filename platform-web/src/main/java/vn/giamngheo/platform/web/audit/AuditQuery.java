package vn.giamngheo.platform.web.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
                       before_state::text, after_state::text
                FROM audit_entry""" + where + " ORDER BY id DESC"), areaPath, entityType, entityId)
                .setFirstResult(page * size)
                .setMaxResults(size);
        List<AuditRecord> items = new ArrayList<>();
        for (Object o : rows.getResultList()) {
            Object[] r = (Object[]) o;
            items.add(new AuditRecord(((Number) r[0]).longValue(), toOffset(r[1]), (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], tree(r[9]),
                    tree(r[10])));
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

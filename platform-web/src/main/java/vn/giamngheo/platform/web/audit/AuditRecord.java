package vn.giamngheo.platform.web.audit;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

/** One audit entry as the auditor reads it. */
public record AuditRecord(long id, OffsetDateTime occurredAt, String actor, String actorRoles, String actorArea,
        String action, String entityType, String entityId, String areaPath, JsonNode before, JsonNode after) {
}

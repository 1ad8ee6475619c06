package vn.giamngheo.platform.web.audit;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One audit entry as the auditor reads it; {@code lateEntry} marks a fact of a unit hierarchy that no longer holds,
 * entered after the reform by the province or by the commune that holds the unit's land now.
 */
public record AuditRecord(long id, OffsetDateTime occurredAt, String actor, String actorRoles, String actorArea,
        String action, String entityType, String entityId, String areaPath, JsonNode before, JsonNode after,
        boolean lateEntry) {
}

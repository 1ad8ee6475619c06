package vn.giamngheo.platform.web.audit;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import vn.giamngheo.platform.web.security.EndpointRule;
import vn.giamngheo.platform.web.security.EndpointTable;
import vn.giamngheo.platform.web.security.Roles;

/** The audit trail's row of the access policy: auditors only, within their area (judged by the resource). */
@ApplicationScoped
public class AuditAccess implements EndpointTable {

    @Override
    public Map<String, EndpointRule> endpoints() {
        return Map.of("GET /api/v1/audit",
                EndpointRule.roles(Set.of(Roles.AUDITOR), "The audit trail is read by auditors."));
    }
}

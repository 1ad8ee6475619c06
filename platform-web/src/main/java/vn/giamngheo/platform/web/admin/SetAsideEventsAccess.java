package vn.giamngheo.platform.web.admin;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.properties.IfBuildProperty;
import vn.giamngheo.platform.web.security.EndpointRule;
import vn.giamngheo.platform.web.security.EndpointTable;
import vn.giamngheo.platform.web.security.Roles;

/** The set-aside events' rows of the access policy: the province's officers and its systems. */
@ApplicationScoped
@IfBuildProperty(name = "giamngheo.inbox.consumes-events", stringValue = "true")
public class SetAsideEventsAccess implements EndpointTable {

    @Override
    public Map<String, EndpointRule> endpoints() {
        EndpointRule rule = EndpointRule.roles(Set.of(Roles.PROVINCE_OFFICER, Roles.SYSTEM),
                "Set-aside events are handled by province officers or the province's systems.");
        return Map.of("GET /api/v1/admin/set-aside-events", rule,
                "POST /api/v1/admin/set-aside-events/{eventId}/replay", rule);
    }
}

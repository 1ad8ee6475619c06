package vn.giamngheo.platform.web.probe;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import vn.giamngheo.platform.web.security.EndpointRule;
import vn.giamngheo.platform.web.security.EndpointTable;
import vn.giamngheo.platform.web.security.Roles;

/** The probe's row of the access policy. */
@ApplicationScoped
public class PaymentAccess implements EndpointTable {

    @Override
    public Map<String, EndpointRule> endpoints() {
        return Map.of("POST /api/v1/probe/payments",
                EndpointRule.roles(Set.of(Roles.FINANCE_OFFICER), "Payments are recorded by finance officers."));
    }
}

package vn.giamngheo.platform.web.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The service's whole endpoint table: its own rows and those of the platform's shared endpoints. */
@ApplicationScoped
public class EndpointPolicy {

    private final Map<String, EndpointRule> rows;

    @Inject
    public EndpointPolicy(Instance<EndpointTable> tables) {
        Map<String, EndpointRule> merged = new HashMap<>();
        for (EndpointTable table : tables) {
            table.endpoints().forEach((key, rule) -> {
                if (merged.putIfAbsent(key, rule) != null) {
                    throw new IllegalStateException("two access rules for " + key);
                }
            });
        }
        this.rows = Map.copyOf(merged);
    }

    public Optional<EndpointRule> rule(String key) {
        return Optional.ofNullable(rows.get(key));
    }

    public Map<String, EndpointRule> rows() {
        return rows;
    }
}

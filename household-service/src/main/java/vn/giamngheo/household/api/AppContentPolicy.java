package vn.giamngheo.household.api;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import vn.giamngheo.platform.web.security.PageContentPolicy;

/**
 * The commune app's Content-Security-Policy: its own scripts only, talking to its own service and the identity
 * provider it signs in with ({@code giamngheo.app.oidc.issuer}), never framed.
 */
@ApplicationScoped
public class AppContentPolicy {

    private final String policy;

    public AppContentPolicy(@ConfigProperty(name = "giamngheo.app.oidc.issuer") Optional<String> issuer) {
        this.policy = PageContentPolicy.of(issuer, false);
    }

    void register(@Observes Filters filters) {
        filters.register(this::addPolicy, 100);
    }

    private void addPolicy(RoutingContext rc) {
        if (rc.request().path().startsWith("/app/") || rc.request().path().equals("/app")) {
            rc.response().putHeader("Content-Security-Policy", policy);
        }
        rc.next();
    }

    String policy() {
        return policy;
    }
}

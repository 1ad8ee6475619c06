package vn.giamngheo.reporting.api;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import vn.giamngheo.platform.web.security.PageContentPolicy;

/**
 * The dashboard's Content-Security-Policy: its own scripts and styles only, never framed, and talking to no one but
 * its own service and the identity provider it signs in with (the origin of {@code giamngheo.dashboard.oidc.issuer}).
 */
@ApplicationScoped
public class DashboardContentPolicy {

    private final String policy;

    public DashboardContentPolicy(
            @ConfigProperty(name = "giamngheo.dashboard.oidc.issuer") Optional<String> issuer) {
        // Table cells draw their bars with a style attribute, hence the inline styles.
        this.policy = PageContentPolicy.of(issuer, true);
    }

    void register(@Observes Filters filters) {
        filters.register(this::addPolicy, 100);
    }

    private void addPolicy(RoutingContext rc) {
        if (rc.request().path().startsWith("/dashboard")) {
            rc.response().putHeader("Content-Security-Policy", policy);
        }
        rc.next();
    }

    String policy() {
        return policy;
    }
}

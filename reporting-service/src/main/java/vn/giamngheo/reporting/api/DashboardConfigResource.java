package vn.giamngheo.reporting.api;

import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the dashboard needs to offer a login: the OIDC provider's issuer and its client. Without a provider (the
 * local stack signs its own tokens) the dashboard shows no login; its reports are public anyway.
 */
@Path("/api/v1/dashboard/config")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class DashboardConfigResource {

    @ConfigProperty(name = "giamngheo.dashboard.oidc.issuer")
    Optional<String> issuer;

    @ConfigProperty(name = "giamngheo.dashboard.oidc.client-id", defaultValue = "giamngheo-dashboard")
    String clientId;

    /** The login settings; {@code issuer} is null when no OIDC provider is configured. */
    public record DashboardConfig(String issuer, String clientId) {
    }

    @GET
    @Operation(operationId = "getDashboardConfig", summary = "The dashboard's login settings (public)")
    public DashboardConfig config() {
        return new DashboardConfig(issuer.orElse(null), clientId);
    }
}

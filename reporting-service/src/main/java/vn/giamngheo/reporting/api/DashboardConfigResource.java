package vn.giamngheo.reporting.api;

import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    public record DashboardConfig(
            @Schema(description = "the OIDC provider's issuer; null when none is configured") String issuer,
            @Schema(required = true) String clientId) {
    }

    @GET
    @Operation(operationId = "getDashboardConfig", summary = "The dashboard's login settings (public)")
    @APIResponse(responseCode = "200", description = "The login settings", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DashboardConfig.class),
            examples = {
                    @ExampleObject(name = "with login", value = ReportExamples.DASHBOARD_CONFIG),
                    @ExampleObject(name = "local stack", value = ReportExamples.DASHBOARD_CONFIG_WITHOUT_LOGIN) }))
    public DashboardConfig config() {
        return new DashboardConfig(issuer.orElse(null), clientId);
    }
}

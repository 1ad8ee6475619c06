package vn.giamngheo.household.api;

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
 * What the commune app (/app/) needs to sign an officer in: the OIDC provider's issuer and the app's client. Without
 * a provider (the local stack signs its own tokens) the app takes a token from {@code deploy/local/platform token}.
 */
@Path("/api/v1/app/config")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commune app", description = "What the offline-first commune app (/app/) needs from the service")
public class AppConfigResource {

    @ConfigProperty(name = "giamngheo.app.oidc.issuer")
    Optional<String> issuer;

    @ConfigProperty(name = "giamngheo.app.oidc.client-id", defaultValue = "giamngheo-commune-app")
    String clientId;

    /** The sign-in settings; {@code issuer} is null when no OIDC provider is configured. */
    public record AppConfig(@Schema(description = "null when no OIDC provider is configured") String issuer,
            @Schema(required = true) String clientId) {
    }

    @GET
    @Operation(operationId = "getAppConfig", summary = "The commune app's sign-in settings (public)")
    @APIResponse(responseCode = "200", description = "The sign-in settings", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppConfig.class), examples = {
                @ExampleObject(name = "with the province's OIDC provider", value = """
                        {"issuer":"https://id.example.gov.vn/realms/caobang","clientId":"giamngheo-commune-app"}"""),
                @ExampleObject(name = "local stack", value = """
                        {"issuer":null,"clientId":"giamngheo-commune-app"}""") }))
    public AppConfig config() {
        return new AppConfig(issuer.filter(i -> !i.isBlank()).orElse(null), clientId);
    }
}

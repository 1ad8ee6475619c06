package vn.giamngheo.household.api;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.giamngheo.household.dci.DciSchemas;
import vn.giamngheo.household.dci.RegisterSystems;
import vn.giamngheo.household.dci.RegistryAttribute;
import vn.giamngheo.household.dci.RegistryKey;
import vn.giamngheo.household.dci.SystemRegistration;
import vn.giamngheo.platform.web.problem.Problem;

/** The systems registered for the DCI Social Registry API, what is owed to them, and the key the registry signs with. */
@Path("/api/v1/dci")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "DCI systems", description = "Registering the government systems that call the DCI Social Registry API")
@APIResponse(responseCode = "400", description = "Invalid request: the fields to fix are listed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not a province officer",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DciSystemResource {

    @Inject
    RegisterSystems systems;

    @Inject
    RegistryKey key;

    /** The attributes a system may be registered for, and the registry's registrations. */
    @Schema(name = "DciCatalogue")
    public record Catalogue(
            @Schema(required = true, type = SchemaType.ARRAY,
                    implementation = DciSchemas.Attribute.class) List<Map<String, Object>> attributes,
            @Schema(required = true) List<RegisterSystems.SystemView> systems) {
    }

    @GET
    @Path("/systems")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listDciSystems",
            summary = "The registered systems, and the attributes a system may be registered for")
    @APIResponse(responseCode = "200", description = "The catalogue and the registrations", content = @Content(
            schema = @Schema(implementation = Catalogue.class),
            examples = @ExampleObject(name = "one system", value = DciExamples.CATALOGUE)))
    public Catalogue list() {
        List<RegisterSystems.SystemView> registered = systems.list();
        return new Catalogue(java.util.Arrays.stream(RegistryAttribute.values()).map(a -> Map.<String, Object>of(
                "name", a.apiName, "personal", a.personal, "description", a.description)).toList(), registered);
    }

    @GET
    @Path("/systems/{senderId}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getDciSystem", summary = "A system's registration")
    @APIResponse(responseCode = "200", description = "The registration", content = @Content(
            schema = @Schema(implementation = RegisterSystems.SystemView.class),
            examples = @ExampleObject(name = "the health-insurance agency", value = DciExamples.SYSTEM)))
    @APIResponse(responseCode = "404", description = "No such system",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegisterSystems.SystemView get(@PathParam("senderId") String senderId) {
        return systems.read(senderId);
    }

    @PUT
    @Path("/systems/{senderId}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "registerDciSystem", summary = "Register a system, or change its registration",
            description = "Its DCI sender_id, the token user it calls as, its Ed25519 public key (JWK), the areas and"
                    + " attributes it may see (personal ones on a legal basis), its callback and notify URIs. Audited.")
    @APIResponse(responseCode = "200", description = "The registration", content = @Content(
            schema = @Schema(implementation = RegisterSystems.SystemView.class),
            examples = @ExampleObject(name = "the health-insurance agency", value = DciExamples.SYSTEM)))
    @APIResponse(responseCode = "409", description = "The token user speaks for another system already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegisterSystems.SystemView put(@PathParam("senderId") String senderId, SystemRegistration registration) {
        return systems.register(senderId, registration);
    }

    @DELETE
    @Path("/systems/{senderId}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deregisterDciSystem",
            summary = "End a system's registration and its subscriptions (audited)")
    @APIResponse(responseCode = "200", description = "The registration, inactive", content = @Content(
            schema = @Schema(implementation = RegisterSystems.SystemView.class),
            examples = @ExampleObject(name = "ended", value = DciExamples.SYSTEM_ENDED)))
    @APIResponse(responseCode = "404", description = "No such system",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegisterSystems.SystemView delete(@PathParam("senderId") String senderId) {
        return systems.deregister(senderId);
    }

    @GET
    @Path("/deliveries")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listDciDeliveries",
            summary = "Callbacks and notifications owed, delivered or undelivered, newest first")
    @APIResponse(responseCode = "200", description = "The deliveries, without their bodies", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = DciSchemas.Delivery.class),
            examples = @ExampleObject(name = "a notification retried, an answer delivered",
                    value = DciExamples.DELIVERIES)))
    public List<Map<String, Object>> deliveries(@QueryParam("sender") String sender,
            @QueryParam("status") @Pattern(regexp = "PENDING|DELIVERED|UNDELIVERED", message = "must be PENDING,"
                    + " DELIVERED or UNDELIVERED") String status,
            @QueryParam("size") @DefaultValue("100") @Min(value = 1, message = "must be 1 or more") @Max(value = 1000,
                    message = "must be at most 1000") int size) {
        return systems.deliveries(sender, status, size);
    }

    @GET
    @Path("/registry-key")
    @Operation(operationId = "getDciRegistryKey",
            summary = "The key the registry signs its callbacks and notifications with, as a JWK set",
            description = "Its kid is the key id a signature's kidId names after the registry's sender id.")
    @APIResponse(responseCode = "200", description = "The JWK set", content = @Content(
            schema = @Schema(implementation = DciSchemas.KeySet.class),
            examples = @ExampleObject(name = "the registry's key", value = DciExamples.REGISTRY_KEY)))
    public Map<String, Object> registryKey() {
        return Map.of("registry_id", key.registryId(), "keys", List.of(key.jwk()));
    }
}

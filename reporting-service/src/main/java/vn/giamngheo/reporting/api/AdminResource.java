package vn.giamngheo.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.giamngheo.platform.web.security.Roles;
import vn.giamngheo.reporting.events.Rebuild;

/** Operations on the read models themselves. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration", description = "Rebuilding the read models from the event log")
public class AdminResource {

    @Inject
    Rebuild rebuild;

    @POST
    @Path("/rebuild")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.SYSTEM })
    @Operation(summary = "Replay every topic from its beginning into fresh tables and compare them with the live ones",
            description = "Uses a consumer group of its own and a schema of its own; the live read models and"
                    + " consumers are untouched. The fresh tables are dropped when identical, kept otherwise.")
    @APIResponse(responseCode = "200", description = "What was replayed, and whether each read model is identical")
    public Rebuild.Result rebuild() {
        return rebuild.run();
    }
}

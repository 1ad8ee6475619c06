package vn.giamngheo.reporting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.reporting.access.AccessPolicy;
import vn.giamngheo.reporting.events.Rebuild;
import vn.giamngheo.reporting.report.Reconciler;

/** Operations on the read models themselves. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration", description = "Rebuilding the read models from the event log, comparing them with"
        + " the registry")
public class AdminResource {

    @Inject
    Rebuild rebuild;

    @Inject
    Reconciler reconciler;

    @Inject
    AccessPolicy access;

    @POST
    @Path("/rebuild")
    @Operation(summary = "Replay every topic from its beginning into fresh tables and compare them with the live ones",
            description = "Uses a consumer group of its own and a schema of its own; the live read models and"
                    + " consumers are untouched. The fresh tables are dropped when identical, kept otherwise.")
    @APIResponse(responseCode = "200", description = "What was replayed, and whether each read model is identical")
    public Rebuild.Result rebuild() {
        access.requireProvinceLevel();
        return rebuild.run();
    }

    @GET
    @Path("/reconciliation")
    @Operation(summary = "The last comparison of the read models with household-service's own counts",
            description = "Cell by cell of the movement table (commune, list year, list, IN or OUT, kind). A"
                    + " difference found again, unchanged, by the next comparison is a finding: an event lost or not"
                    + " applied. It runs every giamngheo.reconciliation.every (15 minutes).")
    @APIResponse(responseCode = "200", description = "The last comparison")
    @APIResponse(responseCode = "404", description = "No comparison has run yet",
            content = @Content(mediaType = "application/problem+json"))
    public Reconciler.Result lastReconciliation() {
        access.requireProvinceLevel();
        return reconciler.last().orElseThrow(() -> ProblemException.notFound(
                "No comparison has run yet: run one with POST /api/v1/admin/reconciliation."));
    }

    @POST
    @Path("/reconciliation")
    @Operation(summary = "Compare the read models with household-service's own counts now")
    @APIResponse(responseCode = "200", description = "What the comparison found")
    public Reconciler.Result reconcile() {
        access.requireProvinceLevel();
        return reconciler.run();
    }
}

package vn.giamngheo.reporting.api;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.giamngheo.platform.web.problem.Problem;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;
import vn.giamngheo.reporting.access.AccessPolicy;
import vn.giamngheo.reporting.events.RebuildJobs;
import vn.giamngheo.reporting.report.Reconciler;

/** Operations on the read models themselves. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration", description = "Rebuilding the read models from the event log, comparing them with"
        + " the registry")
public class AdminResource {

    @Inject
    RebuildJobs jobs;

    @Inject
    Caller caller;

    @Inject
    Reconciler reconciler;

    @Inject
    AccessPolicy access;

    @POST
    @Path("/rebuild")
    @Operation(operationId = "startRebuild",
            summary = "Start rebuilding the read models from the topics, in the background",
            description = "Replays every topic from its beginning into fresh tables in a schema of their own, then,"
                    + " with the live consumers held back for a moment, reads on to the end and compares them with the"
                    + " live tables row for row. With swap=true, fresh tables that differ replace the live ones in the"
                    + " same transaction (the replaced ones are kept in the job's schema until the next rebuild): how"
                    + " a new or corrected read model is filled. One rebuild runs at a time; for the province's system"
                    + " account only.")
    @APIResponse(responseCode = "202", description = "Started; follow it at the Location",
            headers = @Header(name = "Location", description = "The job: GET it to follow the rebuild",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RebuildJobs.Job.class),
                    examples = @ExampleObject(name = "queued", value = AdminExamples.JOB_QUEUED)))
    @APIResponse(responseCode = "409", description = "Another rebuild is queued or running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "already-running", value = AdminExamples.REBUILD_RUNNING)))
    public Response rebuild(@Parameter(description = "Swap fresh tables that differ in as the live ones", example = "false")
            @QueryParam("swap") @Pattern(regexp = "true|false", message = "must be true or false") String swap,
            @Context UriInfo uri) {
        access.requireProvinceLevel();
        // An empty swap= reaches the method as no value at all: it is no answer to the question either.
        String asked = uri.getQueryParameters().getFirst("swap");
        if (asked != null && !asked.equals("true") && !asked.equals("false")) {
            throw ProblemException.invalidField("swap", "must be true or false");
        }
        RebuildJobs.Job job = jobs.start(caller.user(), "true".equals(swap));
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("api/v1/admin/rebuild")
                .path(job.id().toString()).build()).build();
    }

    @GET
    @Path("/rebuild")
    @Operation(operationId = "listRebuilds", summary = "The latest rebuilds, newest first")
    @APIResponse(responseCode = "200", description = "Up to 20 rebuild jobs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RebuildJobs.Job.class),
                    examples = @ExampleObject(name = "latest", value = AdminExamples.JOBS)))
    public List<RebuildJobs.Job> rebuilds() {
        access.requireProvinceLevel();
        return jobs.recent(20);
    }

    @GET
    @Path("/rebuild/{id}")
    @Operation(operationId = "getRebuild", summary = "How a rebuild goes: queued, running, or what it found")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RebuildJobs.Job.class), examples = {
                            @ExampleObject(name = "different", value = AdminExamples.JOB_DIFFERENT),
                            @ExampleObject(name = "swapped", value = AdminExamples.JOB_SWAPPED) }))
    @APIResponse(responseCode = "404", description = "No such rebuild",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-such-rebuild", value = AdminExamples.NO_SUCH_REBUILD)))
    public RebuildJobs.Job rebuildJob(@PathParam("id") UUID id) {
        access.requireProvinceLevel();
        return jobs.find(id).orElseThrow(() -> ProblemException.notFound("No rebuild " + id
                + " was asked for here: see GET /api/v1/admin/rebuild for the latest ones."));
    }

    @GET
    @Path("/reconciliation")
    @Operation(operationId = "getReconciliation",
            summary = "The last comparison of the read models with household-service's own counts",
            description = "Cell by cell of the movement table (commune, list year, list, IN or OUT, kind). A"
                    + " difference found again, unchanged, by the next comparison is a finding: an event lost or not"
                    + " applied. It runs every giamngheo.reconciliation.every (15 minutes).")
    @APIResponse(responseCode = "200", description = "The last comparison",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Reconciler.Result.class), examples = {
                            @ExampleObject(name = "finding", value = AdminExamples.RECONCILIATION_FINDING),
                            @ExampleObject(name = "not-configured",
                                    value = AdminExamples.RECONCILIATION_NOT_CONFIGURED) }))
    @APIResponse(responseCode = "404", description = "No comparison has run yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "none-yet", value = AdminExamples.NO_RECONCILIATION_YET)))
    public Reconciler.Result lastReconciliation() {
        access.requireProvinceLevel();
        return reconciler.last().orElseThrow(() -> ProblemException.notFound(
                "No comparison has run yet: run one with POST /api/v1/admin/reconciliation."));
    }

    @POST
    @Path("/reconciliation")
    @Operation(operationId = "runReconciliation",
            summary = "Compare the read models with household-service's own counts now")
    @APIResponse(responseCode = "200", description = "What the comparison found",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Reconciler.Result.class),
                    examples = @ExampleObject(name = "first-seen", value = AdminExamples.RECONCILIATION_FIRST_SEEN)))
    public Reconciler.Result reconcile() {
        access.requireProvinceLevel();
        return reconciler.run();
    }
}

package vn.giamngheo.plan.api;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.giamngheo.plan.domain.PlanDocument;
import vn.giamngheo.plan.service.ApprovalRequest;
import vn.giamngheo.plan.service.PlanImportService;
import vn.giamngheo.plan.service.PlanProgressService;
import vn.giamngheo.plan.service.PlanQueries;
import vn.giamngheo.plan.service.PlanWorkflowService;
import vn.giamngheo.plan.service.ProgressRequest;
import vn.giamngheo.plan.service.ReturnRequest;
import vn.giamngheo.plan.service.RevisionRequest;
import vn.giamngheo.plan.view.PlanPage;
import vn.giamngheo.plan.view.PlanSummary;
import vn.giamngheo.plan.view.PlanVersionView;
import vn.giamngheo.plan.view.ProgressView;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.Problem;

/** Annual plans: import, edit, submit, approve, revise, and progress against their output indicators. */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Plans", description = "Annual poverty-reduction plans of a unit, their versions and approval")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The role or the area does not allow it")
public class PlanResource {

    @Inject
    PlanImportService imports;

    @Inject
    PlanWorkflowService workflow;

    @Inject
    PlanProgressService reports;

    @Inject
    PlanQueries queries;

    @POST
    @Operation(operationId = "importPlan", summary = "Import a plan document as a new plan (version 1, a draft)",
            description = "Stores the document exactly as stated, with its budget lines and what validation found."
                    + " With dryRun=true, answers what would be stored and the findings, and stores nothing."
                    + " District and province officers, for their area.")
    @APIResponse(responseCode = "201", description = "Imported; Location names the version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanVersionView.class),
            examples = @ExampleObject(name = "imported", summary = "Trùng Khánh 2023 (DA3 and DA6 shown)",
                    value = PlanApiExamples.DRAFT)))
    @APIResponse(responseCode = "200", description = "Dry run: what would be stored, and the findings", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanVersionView.class),
            examples = @ExampleObject(name = "dry run", summary = "Trùng Khánh 2023 (DA3 and DA6 shown)",
                    value = PlanApiExamples.DRY_RUN)))
    @APIResponse(responseCode = "400", description = "Invalid document: the fields to fix are listed")
    @APIResponse(responseCode = "409", description = "The unit already has a plan for that year")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
    public Response importPlan(
            @Parameter(description = "Validate and answer without storing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = "Repeat the key to retry safely: the first answer is returned again") @HeaderParam(IdempotencyKeys.HEADER) String key,
            PlanDocument document) {
        IdempotencyKeys.Result<PlanVersionView> result = imports.importPlan(key, document, dryRun);
        PlanVersionView view = result.body();
        if (dryRun) {
            return Response.ok(view).build();
        }
        return result.response().tag(unquote(view.etag()))
                .location(URI.create("/api/v1/plans/" + view.planId() + "/versions/" + view.version())).build();
    }

    @GET
    @Operation(operationId = "listPlans",
            summary = "List plans within an area", description = "Plans of the area and of the units within it.")
    @APIResponse(responseCode = "200", description = "A page of plans", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanPage.class),
            examples = @ExampleObject(name = "the province's plans of 2023", value = PlanApiExamples.PAGE)))
    public PlanPage list(
            @Parameter(description = "GSO code; default the caller's own area", example = "04") @QueryParam("area") @Pattern(regexp = "^(\\d{2}|\\d{3}|\\d{5})$", message = "must be a GSO code of 2, 3 or 5 digits") String area,
            @Parameter(example = "2023") @QueryParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "must be at most 100000") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be at least 1") @Max(value = 500, message = "must be at most 500") int size) {
        return queries.list(area, year, page, size);
    }

    @GET
    @Path("/{planId}")
    @Operation(operationId = "getPlan", summary = "Read a plan and the list of its versions")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanSummary.class),
            examples = @ExampleObject(name = "approved, and under revision", value = PlanApiExamples.SUMMARY)))
    @APIResponse(responseCode = "404", description = "No such plan")
    public PlanSummary get(@PathParam("planId") UUID planId) {
        return queries.get(planId);
    }

    @GET
    @Path("/{planId}/versions/{version}")
    @Operation(operationId = "getPlanVersion",
            summary = "Read one version: its document, budget lines, totals and findings",
            description = "The ETag header is what a change to this version must send in If-Match.")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanVersionView.class),
            examples = @ExampleObject(name = "approved", summary = "Trùng Khánh 2023 (DA3 and DA6 shown)",
                    value = PlanApiExamples.APPROVED)))
    @APIResponse(responseCode = "404", description = "No such plan or version")
    public Response version(@PathParam("planId") UUID planId, @PathParam("version") int version) {
        PlanVersionView view = queries.getVersion(planId, version);
        return Response.ok(view).tag(unquote(view.etag())).build();
    }

    @PUT
    @Path("/{planId}/versions/{version}")
    @Operation(operationId = "replaceDraft", summary = "Replace the document of a draft version")
    @APIResponse(responseCode = "200", description = "Replaced and validated again", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanVersionView.class),
            examples = @ExampleObject(name = "edited", summary = "Trùng Khánh 2023 (DA3 and DA6 shown)",
                    value = PlanApiExamples.EDITED)))
    @APIResponse(responseCode = "404", description = "No such plan or version")
    @APIResponse(responseCode = "409", description = "The version is not a draft")
    @APIResponse(responseCode = "412", description = "The version changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response replace(@PathParam("planId") UUID planId, @PathParam("version") int version,
            @HeaderParam("If-Match") String ifMatch, PlanDocument document) {
        return withEtag(workflow.replaceDraft(planId, version, ifMatch, document));
    }

    @POST
    @Path("/{planId}/versions/{version}/submit")
    @Operation(operationId = "submitPlanVersion", summary = "Submit a draft to the chair of the unit")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanVersionView.class),
            examples = @ExampleObject(name = "submitted", summary = "Trùng Khánh 2023 (DA3 and DA6 shown)",
                    value = PlanApiExamples.SUBMITTED)))
    @APIResponse(responseCode = "404", description = "No such plan or version")
    @APIResponse(responseCode = "409", description = "The version is not a draft")
    @APIResponse(responseCode = "412", description = "The version changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response submit(@PathParam("planId") UUID planId, @PathParam("version") int version,
            @HeaderParam("If-Match") String ifMatch) {
        return withEtag(workflow.submit(planId, version, ifMatch));
    }

    @POST
    @Path("/{planId}/versions/{version}/return")
    @Operation(operationId = "returnPlanVersion",
            summary = "Return a submitted version to its authors for correction (the unit's chair)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "return", value = """
            {"reason":"Đề nghị rà soát lại tổng kinh phí Dự án 3"}""")))
    @APIResponse(responseCode = "200", description = "Back to draft", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanVersionView.class),
            examples = @ExampleObject(name = "returned", summary = "Trùng Khánh 2023 (DA3 and DA6 shown)",
                    value = PlanApiExamples.RETURNED)))
    @APIResponse(responseCode = "404", description = "No such plan or version")
    @APIResponse(responseCode = "409", description = "The version is not submitted")
    @APIResponse(responseCode = "412", description = "The version changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response returnToDraft(@PathParam("planId") UUID planId, @PathParam("version") int version,
            @HeaderParam("If-Match") String ifMatch, ReturnRequest request) {
        return withEtag(workflow.returnToDraft(planId, version, ifMatch, request));
    }

    @POST
    @Path("/{planId}/versions/{version}/approve")
    @Operation(operationId = "approvePlanVersion",
            summary = "Approve a submitted version (the chair of the issuing unit)",
            description = "A version with error findings is approved only with acknowledgeFindings=true and a"
                    + " reason, recorded with the approver. Approval publishes the version's full snapshot"
                    + " (plan approved, or plan revised for a later version).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "with findings", value = """
            {"approvalDate":"2022-12-20","acknowledgeFindings":true,
             "reason":"Tổng kinh phí Dự án 3 ghi 7.206 triệu đồng, các tiểu dự án cộng lại 7.197 triệu đồng; sẽ điều chỉnh khi giao vốn"}""")))
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanVersionView.class),
            examples = @ExampleObject(name = "approved", summary = "Trùng Khánh 2023 (DA3 and DA6 shown)",
                    value = PlanApiExamples.APPROVED)))
    @APIResponse(responseCode = "404", description = "No such plan or version")
    @APIResponse(responseCode = "409", description = "The version is not submitted")
    @APIResponse(responseCode = "412", description = "The version changed since it was read")
    @APIResponse(responseCode = "422", description = "Error findings were not acknowledged", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "findings-not-acknowledged", value = """
                    {"type":"urn:giamngheo:problem:findings-not-acknowledged","title":"Findings not acknowledged",
                     "status":422,"detail":"Validation found 2 error(s) in version 1. Approve it only with acknowledgeFindings=true and a reason of at least 10 characters, or return it for correction.",
                     "instance":"/api/v1/plans/5b0f3c1e-7d2a-4c8b-9e41-2a6f0d3b8c47/versions/1/approve"}""")))
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response approve(@PathParam("planId") UUID planId, @PathParam("version") int version,
            @HeaderParam("If-Match") String ifMatch, ApprovalRequest request) {
        return withEtag(workflow.approve(planId, version, ifMatch, request));
    }

    @POST
    @Path("/{planId}/revisions")
    @Operation(operationId = "openPlanRevision",
            summary = "Open a revision of the approved plan: a new draft version copied from it")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "revision", value = """
            {"reason":"Điều chỉnh kế hoạch vốn theo quyết định giao vốn năm 2023"}""")))
    @APIResponse(responseCode = "201", description = "The new draft version; Location names it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanVersionView.class),
            examples = @ExampleObject(name = "version 2", summary = "Trùng Khánh 2023 (DA3 and DA6 shown)",
                    value = PlanApiExamples.REVISION)))
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The latest version is not approved")
    public Response revise(@PathParam("planId") UUID planId, RevisionRequest request) {
        PlanVersionView view = workflow.revise(planId, request);
        return Response.created(URI.create("/api/v1/plans/" + planId + "/versions/" + view.version())).entity(view)
                .tag(unquote(view.etag())).build();
    }

    @POST
    @Path("/{planId}/progress")
    @Operation(operationId = "reportOutputProgress",
            summary = "Report work done against an output indicator of the approved plan",
            description = "Each report adds its quantity; the answer shows every indicator's total so far.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "attendances", value = """
            {"indicatorKey":"DA6.TDA2.communication-attendances","quantity":120,
             "reportedOn":"2023-06-30","note":"Hội nghị truyền thông tại xã Đình Phong"}""")))
    @APIResponse(responseCode = "201", description = "Recorded; every indicator with its total so far", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressView.class),
            examples = @ExampleObject(name = "after the first report", value = PlanApiExamples.PROGRESS)))
    @APIResponse(responseCode = "400", description = "Unknown indicator or invalid figures")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The plan has no approved version yet")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
    public Response reportProgress(@PathParam("planId") UUID planId,
            @HeaderParam(IdempotencyKeys.HEADER) String key, ProgressRequest request) {
        IdempotencyKeys.Result<ProgressView> result = reports.reportProgress(key, planId, request);
        return result.response().build();
    }

    @GET
    @Path("/{planId}/progress")
    @Operation(operationId = "getOutputProgress",
            summary = "Read the output indicators of the approved plan against what was reported")
    @APIResponse(responseCode = "200", description = "Indicators, targets and reports", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressView.class),
            examples = @ExampleObject(name = "after the first report", value = PlanApiExamples.PROGRESS)))
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The plan has no approved version yet")
    public ProgressView progress(@PathParam("planId") UUID planId) {
        return reports.progress(planId);
    }

    private static Response withEtag(PlanVersionView view) {
        return Response.ok(view).tag(unquote(view.etag())).build();
    }

    private static String unquote(String etag) {
        return etag.substring(1, etag.length() - 1);
    }
}

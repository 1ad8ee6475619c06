package vn.giamngheo.funding.api;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import vn.giamngheo.funding.ledger.AllocateCapital;
import vn.giamngheo.funding.ledger.AllocationRequest;
import vn.giamngheo.funding.ledger.AllocationView;
import vn.giamngheo.funding.ledger.DisbursementRequest;
import vn.giamngheo.funding.ledger.LedgerEntryView;
import vn.giamngheo.funding.ledger.ReadAllocation;
import vn.giamngheo.funding.ledger.RecordDisbursement;
import vn.giamngheo.funding.ledger.ReverseDisbursement;
import vn.giamngheo.funding.ledger.ReversalRequest;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.Problem;

/** Allocations from approved budget lines, and the disbursement ledger of each. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Allocations and ledger", description = "Capital assigned (kế hoạch vốn giao) and payments (giải ngân)")
@APIResponse(responseCode = "400", description = "Invalid request, or no Idempotency-Key")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a finance officer of the plan's area")
public class AllocationResource {

    private static final String KEY_DOC = "A new UUID per request; the same one to retry it: the first answer is returned again";

    @Inject
    AllocateCapital allocations;

    @Inject
    RecordDisbursement disbursements;

    @Inject
    ReverseDisbursement reversals;

    @Inject
    ReadAllocation reads;

    @POST
    @Path("/allocations")
    @Operation(operationId = "allocateFunds",
            summary = "Assign capital from a budget line of an approved plan to an implementing unit",
            description = "The allocations of a line never exceed its amount in the latest approved version.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Quang Hán", value = """
            {"planId":"0b6c7c1e-4f8e-4a57-9d0a-8a1f1f0c2023","lineKey":"DA1.TDA1.INVESTMENT.UNSPECIFIED",
             "implementingUnit":"UBND xã Quang Hán","implementingAreaCode":"01456","amountVnd":2500000000,
             "decisionNumber":"125/QĐ-UBND","decisionDate":"2023-02-15"}""")))
    @APIResponse(responseCode = "201", description = "Allocated; Location names the allocation", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AllocationView.class),
            examples = @ExampleObject(name = "Quang Hán", value = FundingApiExamples.ALLOCATED)))
    @APIResponse(responseCode = "422", description = "More than the line has left, no approved line, or an"
            + " Idempotency-Key used for a different request", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "over-line", value = """
                    {"type":"urn:giamngheo:problem:over-line","title":"More than the line has left","status":422,
                     "detail":"Line DA1.TDA1.INVESTMENT.UNSPECIFIED has 101982000000 đồng left to allocate (104482000000 proposed, 2500000000 allocated); 120000000000 đồng were asked.",
                     "instance":"/api/v1/allocations"}""")))
    public Response allocate(@Parameter(description = KEY_DOC, required = true) @HeaderParam(IdempotencyKeys.HEADER) String key,
            AllocationRequest request) {
        IdempotencyKeys.Result<AllocationView> result = allocations.allocate(key, request);
        return result.response()
                .location(URI.create("/api/v1/allocations/" + result.body().id())).build();
    }

    @GET
    @Path("/allocations/{id}")
    @Operation(operationId = "getAllocation", summary = "Read an allocation with its balance and its ledger")
    @APIResponse(responseCode = "200", description = "The allocation", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AllocationView.class),
            examples = @ExampleObject(name = "paid, and partly reversed", value = FundingApiExamples.ALLOCATION)))
    @APIResponse(responseCode = "404", description = "No such allocation")
    public AllocationView allocation(@PathParam("id") UUID id) {
        return reads.read(id);
    }

    @POST
    @Path("/allocations/{id}/disbursements")
    @Operation(operationId = "recordDisbursement", summary = "Record a payment from an allocation",
            description = "The payments of an allocation, less their reversals, never exceed it — also when many"
                    + " requests race for the last đồng.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "payment", value = """
            {"amountVnd":1250000000,"valueDate":"2023-03-15","payee":"Công ty TNHH Xây dựng Trùng Khánh",
             "paymentReference":"KBNN-TK-2023-0315-001"}""")))
    @APIResponse(responseCode = "201", description = "Recorded in the ledger", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerEntryView.class),
            examples = @ExampleObject(name = "payment", value = FundingApiExamples.PAYMENT)))
    @APIResponse(responseCode = "404", description = "No such allocation")
    @APIResponse(responseCode = "409", description = "A payment of the allocation already bears this treasury reference",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "payment reference already recorded", value = """
                            {"type":"urn:giamngheo:problem:conflict","title":"Conflict with the current state","status":409,
                             "detail":"Payment 3e5f0b72-91c4-4d8a-b6e3-0f4a2c7d9e15 of this allocation already bears the treasury reference KBNN-TK-2023-0315-001 (1250000000 đồng on 2023-03-15). A payment is recorded once: to resend the same request, use its first Idempotency-Key; a different payment has a reference of its own.",
                             "instance":"/api/v1/allocations/7c2e9a14-3b5d-4f60-8a1e-52d7c9b0e3f1/disbursements"}""")))
    @APIResponse(responseCode = "422", description = "More than the allocation has left, or an Idempotency-Key used"
            + " for a different request", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "over-allocation", value = """
                    {"type":"urn:giamngheo:problem:over-allocation","title":"More than the allocation has left",
                     "status":422,
                     "detail":"Allocation 7c2e9a14-3b5d-4f60-8a1e-52d7c9b0e3f1 has 1500000000 đồng left (2500000000 assigned, 1000000000 disbursed); 2000000000 đồng were asked.",
                     "instance":"/api/v1/allocations/7c2e9a14-3b5d-4f60-8a1e-52d7c9b0e3f1/disbursements"}""")))
    public Response disburse(@PathParam("id") UUID allocationId,
            @Parameter(description = KEY_DOC, required = true) @HeaderParam(IdempotencyKeys.HEADER) String key,
            DisbursementRequest request) {
        IdempotencyKeys.Result<LedgerEntryView> result = disbursements.disburse(key, allocationId, request);
        return result.response().build();
    }

    @POST
    @Path("/disbursements/{id}/reversals")
    @Operation(operationId = "reverseDisbursement", summary = "Reverse all or part of a payment, as a new ledger entry")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reversal", value = """
            {"amountVnd":250000000,"valueDate":"2023-03-20","reason":"Chi sai đơn giá, thu hồi nộp lại"}""")))
    @APIResponse(responseCode = "201", description = "Recorded in the ledger", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerEntryView.class),
            examples = @ExampleObject(name = "reversal", value = FundingApiExamples.REVERSAL)))
    @APIResponse(responseCode = "404", description = "No such ledger entry")
    @APIResponse(responseCode = "422", description = "A reversal of a reversal, more than the payment has left, or an"
            + " Idempotency-Key used for a different request", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "over-reversal", value = """
                    {"type":"urn:giamngheo:problem:over-reversal","title":"More than the payment has left","status":422,
                     "detail":"Payment 3e5f0b72-91c4-4d8a-b6e3-0f4a2c7d9e15 of 1250000000 đồng has 1000000000 đồng left to reverse; 1500000000 đồng were asked.",
                     "instance":"/api/v1/disbursements/3e5f0b72-91c4-4d8a-b6e3-0f4a2c7d9e15/reversals"}""")))
    public Response reverse(@PathParam("id") UUID disbursementId,
            @Parameter(description = KEY_DOC, required = true) @HeaderParam(IdempotencyKeys.HEADER) String key,
            ReversalRequest request) {
        IdempotencyKeys.Result<LedgerEntryView> result = reversals.reverse(key, disbursementId, request);
        return result.response().build();
    }
}

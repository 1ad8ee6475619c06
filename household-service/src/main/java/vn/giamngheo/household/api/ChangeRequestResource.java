package vn.giamngheo.household.api;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;
import vn.giamngheo.household.changes.ChangeAnswer;
import vn.giamngheo.household.changes.ChangeApprovers;
import vn.giamngheo.household.changes.ChangeBatch;
import vn.giamngheo.household.changes.ChangeBatchResult;
import vn.giamngheo.household.changes.ChangeRecord;
import vn.giamngheo.household.changes.DecideChange;
import vn.giamngheo.household.changes.ProposeChanges;
import vn.giamngheo.household.changes.ReadChanges;
import vn.giamngheo.household.domain.ChangeRequest;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.Problem;

/** Changes to households between reviews: proposed by commune officers, answered by the chair. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Changes between reviews", description = "Members added, removed or corrected, splits, merges, households"
        + " dissolved or moving away: proposed by a commune officer, approved by the chair")
@APIResponse(responseCode = "400", description = "Invalid request: the fields to fix are listed")
@APIResponse(responseCode = "403", description = "Not allowed for this role or commune")
public class ChangeRequestResource {

    /** The birth and the move of the request example, both kept. */
    private static final String BATCH_PROPOSED = """
            {"proposed":2,"rejected":0,
             "results":[{"index":0,"householdCode":"01501-K7P2M9QX4T","outcome":"PROPOSED",
               "changeRequestId":"7c2e9a41-5b3d-4f18-9e06-a1d4c8b7f352"},
              {"index":1,"householdCode":"01501-5DNYJM8FKA","outcome":"PROPOSED",
               "changeRequestId":"b41f6d08-2c9e-4a73-8d15-e6a0c3f92b7d"}]}""";

    private static final String BATCH_ONE_REJECTED = """
            {"proposed":1,"rejected":1,
             "results":[{"index":0,"householdCode":"01501-K7P2M9QX4T","outcome":"PROPOSED",
               "changeRequestId":"7c2e9a41-5b3d-4f18-9e06-a1d4c8b7f352"},
              {"index":1,"householdCode":"01501-5DNYJM8FKA","outcome":"REJECTED",
               "errors":[{"field":"changes[1].householdVersion",
                 "message":"household 01501-5DNYJM8FKA has changed since you read it (it is at version 2): read it aga\
            in and propose the change anew"}]}]}""";

    private static final String ALL_REJECTED = """
            {"type":"urn:giamngheo:problem:changes-rejected","title":"No change could be proposed","status":422,
             "detail":"Every change of the batch was rejected: fix the fields listed and send it again.",
             "instance":"/api/v1/change-requests",
             "errors":[{"field":"changes[0].householdVersion",
               "message":"household 01501-K7P2M9QX4T has changed since you read it (it is at version 4): read it again\
             and propose the change anew"},
              {"field":"changes[1].householdVersion",
               "message":"household 01501-5DNYJM8FKA has changed since you read it (it is at version 2): read it again\
             and propose the change anew"}]}""";

    private static final String KEY_REUSED = """
            {"type":"urn:giamngheo:problem:idempotency-key-reused","title":"Idempotency-Key already used",
             "status":422,
             "detail":"This Idempotency-Key was already used for a different request. Send a new key for a new request\
            ; resend the same body to get the first answer again.",
             "instance":"/api/v1/change-requests"}""";

    /** A birth as proposed, open and ending with a comma: each state below adds its status and answer. */
    private static final String BIRTH = """
            {"id":"7c2e9a41-5b3d-4f18-9e06-a1d4c8b7f352","householdCode":"01501-K7P2M9QX4T",
             "communeCode":"01501","kind":"MEMBER_ADDED","kindLabel":"Thêm nhân khẩu","reason":"BIRTH",
             "effectiveDate":"2026-10-02",
             "proposal":{"householdCode":"01501-K7P2M9QX4T","householdVersion":3,"kind":"MEMBER_ADDED",
              "reason":"BIRTH","effectiveDate":"2026-10-02","note":null,
              "member":{"fullName":"Nông Thị Mai","birthYear":2026,"sex":"FEMALE","ethnicity":"Tày",
               "relation":"CHILD","disability":null,"healthInsurance":true,"personalId":null},"memberId":null,
              "newHeadMemberId":null,"correction":null,"split":null,"mergeInto":null,"destination":null},
             "proposedBy":"can-bo-ldtbxh-01501","proposedAt":"2026-11-16T02:14:31.508Z",
            """;

    private static final String MOVE = """
            {"id":"b41f6d08-2c9e-4a73-8d15-e6a0c3f92b7d","householdCode":"01501-5DNYJM8FKA",
             "communeCode":"01501","kind":"TRANSFER","kindLabel":"Chuyển đến xã khác trong tỉnh",
             "reason":"MOVED","effectiveDate":"2026-11-02","status":"AWAITING_DESTINATION",
             "destinationCommune":"01477",
             "proposal":{"householdCode":"01501-5DNYJM8FKA","householdVersion":1,"kind":"TRANSFER",
              "reason":"MOVED","effectiveDate":"2026-11-02","note":null,"member":null,"memberId":null,
              "newHeadMemberId":null,"correction":null,"split":null,"mergeInto":null,
              "destination":{"communeCode":"01477","village":"Xóm Nà Rầy"}},"proposedBy":"can-bo-ldtbxh-01501",
             "proposedAt":"2026-11-16T02:14:31.508Z","approvedBy":"chu-tich-01501",
             "approvedAt":"2026-11-20T03:02:10.114Z","decisionNumber":"312/QĐ-UBND","decisionDate":"2026-11-20"}""";

    /** The birth awaiting the chair, and the move the chair approved, awaiting Trùng Khánh. */
    private static final String LIST = "[" + BIRTH + """
            "status":"PROPOSED"},""" + MOVE + "]";

    private static final String APPROVED = BIRTH + """
            "status":"APPLIED","approvedBy":"chu-tich-01501","approvedAt":"2026-11-20T03:02:10.114Z",
             "decisionNumber":"312/QĐ-UBND","decisionDate":"2026-11-20",
             "outcome":{"memberId":"e3a7c1d9-4f62-4b08-9a5e-2d8f6b1c7034"}}""";

    private static final String REJECTED = BIRTH + """
            "status":"REJECTED","rejectedBy":"chu-tich-01501","rejectedAt":"2026-11-20T03:02:10.114Z",
             "answerReason":"Chưa có giấy khai sinh"}""";

    private static final String CHANGED = """
            {"type":"urn:giamngheo:problem:conflict","title":"Conflict with the current state","status":409,
             "detail":"Household 01501-K7P2M9QX4T has changed since this request was proposed (version 3, \
            now 4): reject it and propose the change anew.",
             "instance":"/api/v1/change-requests/7c2e9a41-5b3d-4f18-9e06-a1d4c8b7f352/decision"}""";

    private static final String APPROVERS = """
            [{"user":"can-bo-ldtbxh-01501","designatedBy":"chu-tich-01501",
              "designatedAt":"2026-07-03T01:30:12.640Z"}]""";

    @Inject
    ProposeChanges propose;

    @Inject
    DecideChange decide;

    @Inject
    ReadChanges read;

    @Inject
    ChangeApprovers approvers;

    @Inject
    ObjectMapper mapper;

    @POST
    @Path("/change-requests")
    @Operation(operationId = "proposeChanges",
            summary = "Propose changes to households (one, or a commune app's batch)",
            description = "Each change is checked alone against the household as the officer read it (its version)"
                    + " and kept as PROPOSED, or rejected with its field errors; nothing in the registry changes until"
                    + " the chair approves. A member added or removed and a split leave the household's class as"
                    + " recognised and mark it due for the regular review; a household that moves away, leaves the"
                    + " province, dissolves or merges into another leaves its commune's list (giảm khác), and one that"
                    + " moves in enters the destination's (tăng khác). Resend with the same Idempotency-Key and"
                    + " nothing changes: the first answer is returned.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a birth and a move", value = """
            {"changes":[
              {"householdCode":"01501-K7P2M9QX4T","householdVersion":3,"kind":"MEMBER_ADDED","reason":"BIRTH",
               "effectiveDate":"2026-10-02","member":{"fullName":"Nông Thị Mai","birthYear":2026,"sex":"FEMALE",
               "ethnicity":"Tày","relation":"CHILD","healthInsurance":true}},
              {"householdCode":"01501-5DNYJM8FKA","householdVersion":1,"kind":"TRANSFER","reason":"MOVED",
               "effectiveDate":"2026-11-02","destination":{"communeCode":"01477","village":"Xóm Nà Rầy"}}]}""")))
    @APIResponse(responseCode = "200", description = "One result per change, in the order sent (a replay of the same"
            + " key carries Idempotency-Replayed: true)",
            content = @Content(schema = @Schema(implementation = ChangeBatchResult.class), examples = {
                @ExampleObject(name = "both proposed", value = BATCH_PROPOSED),
                @ExampleObject(name = "one rejected", value = BATCH_ONE_REJECTED) }))
    @APIResponse(responseCode = "422", description = "No change of the batch could be proposed: every record's field"
            + " errors are listed, and nothing was kept; or the Idempotency-Key was used for another batch",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                        @ExampleObject(name = "changes-rejected", value = ALL_REJECTED),
                        @ExampleObject(name = "idempotency-key-reused", value = KEY_REUSED) }))
    public Response propose(@HeaderParam(IdempotencyKeys.HEADER) String key, ChangeBatch batch) {
        return propose.propose(key, batch).response().build();
    }

    @GET
    @Path("/change-requests")
    @Operation(operationId = "listChangeRequests",
            summary = "A commune's change requests, and the moves to it awaiting its acceptance, the latest first")
    @APIResponse(responseCode = "200", description = "The requests", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = ChangeRequestView.class),
            examples = @ExampleObject(name = "Đàm Thủy's", value = LIST)))
    public List<ChangeRequestView> list(
            @Parameter(example = "01501") @QueryParam("commune") @NotNull(message = "is required") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String commune,
            @Parameter(description = "PROPOSED, AWAITING_DESTINATION, APPLIED or REJECTED") @QueryParam("status") @Pattern(regexp = "PROPOSED|AWAITING_DESTINATION|APPLIED|REJECTED", message = "must be PROPOSED, AWAITING_DESTINATION, APPLIED or REJECTED") String status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "must be at most 100000") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be 1 or more") @Max(value = 500, message = "must be at most 500") int size) {
        return read.list(commune, status == null ? null : ChangeRequest.Status.valueOf(status), page, size).stream()
                .map(this::view).toList();
    }

    @GET
    @Path("/change-requests/{id}")
    @Operation(operationId = "getChangeRequest", summary = "Read a change request and its answer")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(
            schema = @Schema(implementation = ChangeRequestView.class),
            examples = @ExampleObject(name = "a move awaiting the destination", value = MOVE)))
    @APIResponse(responseCode = "404", description = "No such request")
    public ChangeRequestView get(@PathParam("id") UUID id) {
        return view(read.get(id));
    }

    @POST
    @Path("/change-requests/{id}/decision")
    @Operation(operationId = "answerChangeRequest",
            summary = "Approve or reject a change request (the chair, or an officer the chair designated)",
            description = "Never by the officer who proposed it. An approved move then waits for the destination"
                    + " commune's chair (or designated officer) to accept it. The registry changes only when the"
                    + " household is still at the version the proposal read; otherwise 409, and nothing changes.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "approve", value = """
                    {"approve":true,"decisionNumber":"312/QĐ-UBND","decisionDate":"2026-11-20"}"""),
            @ExampleObject(name = "reject", value = """
                    {"approve":false,"reason":"Chưa có giấy khai sinh"}""") }))
    @APIResponse(responseCode = "200", description = "The request as answered", content = @Content(
            schema = @Schema(implementation = ChangeRequestView.class), examples = {
                @ExampleObject(name = "approved", value = APPROVED),
                @ExampleObject(name = "rejected", value = REJECTED) }))
    @APIResponse(responseCode = "409", description = "Already answered, or the household changed since the proposal",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "household changed", value = CHANGED)))
    public ChangeRequestView answer(@PathParam("id") UUID id, ChangeAnswer answer) {
        return view(decide.decide(id, answer));
    }

    @GET
    @Path("/communes/{code}/change-approvers")
    @Operation(operationId = "listChangeApprovers",
            summary = "The officers the chair designated to answer the commune's change requests")
    @APIResponse(responseCode = "200", description = "The officers", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = ChangeApprovers.Approver.class),
            examples = @ExampleObject(name = "one officer", value = APPROVERS)))
    public List<ChangeApprovers.Approver> approvers(@PathParam("code") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String code) {
        return approvers.list(code);
    }

    @PUT
    @Path("/communes/{code}/change-approvers/{user}")
    @Operation(operationId = "designateChangeApprover",
            summary = "Designate an officer to answer the commune's change requests (the chair)")
    @APIResponse(responseCode = "204", description = "Designated (also when already)")
    public Response designate(@PathParam("code") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String code, @PathParam("user") @jakarta.validation.constraints.Size(min = 1, max = 200, message = "must be 1 to 200 characters") String user) {
        approvers.designate(code, user);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/communes/{code}/change-approvers/{user}")
    @Operation(operationId = "withdrawChangeApprover", summary = "Withdraw an officer's designation (the chair)")
    @APIResponse(responseCode = "204", description = "Withdrawn (also when not designated)")
    public Response withdraw(@PathParam("code") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String code, @PathParam("user") @jakarta.validation.constraints.Size(min = 1, max = 200, message = "must be 1 to 200 characters") String user) {
        approvers.withdraw(code, user);
        return Response.noContent().build();
    }

    private ChangeRequestView view(ChangeRecord c) {
        ChangeRequest r = c.request();
        return new ChangeRequestView(r.id, c.householdCode(), r.communeCode, r.kind, r.kind.label(), r.reason,
                r.effectiveDate, r.status.name(), r.destinationCommune, tree(r.proposal), r.proposedBy, r.proposedAt,
                r.approvedBy, r.approvedAt, r.decisionNumber, r.decisionDate, r.acceptedBy, r.acceptedAt,
                r.rejectedBy, r.rejectedAt, r.answerReason, tree(r.outcome));
    }

    private JsonNode tree(String json) {
        try {
            return json == null ? null : mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

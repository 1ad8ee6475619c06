package vn.giamngheo.household.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
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
import vn.giamngheo.household.review.DecideRound;
import vn.giamngheo.household.review.DecisionRequest;
import vn.giamngheo.household.review.DecisionResult;
import vn.giamngheo.household.review.ListPaper;
import vn.giamngheo.household.review.OpenRound;
import vn.giamngheo.household.review.ReadRounds;
import vn.giamngheo.household.review.ReviewBatch;
import vn.giamngheo.household.review.ReviewBatchResult;
import vn.giamngheo.household.review.RoundRequest;
import vn.giamngheo.household.review.SubmitReviews;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.Problem;

/** Review rounds, the commune apps' batches of reviews, and the chair's recognition decision. */
@Path("/api/v1/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Reviews", description = "The household review (rà soát hộ nghèo, hộ cận nghèo), QĐ 24/2021/QĐ-TTg")
@APIResponse(responseCode = "400", description = "Invalid request: the fields to fix are listed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed for this role or commune",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReviewResource {

    @Inject
    OpenRound openRound;

    @Inject
    vn.giamngheo.household.review.RoundPapers papers;

    @Inject
    ReadRounds rounds;

    @Inject
    SubmitReviews submitReviews;

    @Inject
    DecideRound decideRound;

    @POST
    @Operation(operationId = "openRound", summary = "Open a commune's review round",
            description = "PERIODIC (1 September – 14 December of heldYear; produces the list of heldYear + 1) or"
                    + " REGULAR (a month; amends the list of its own year). The standard is the one of the list year;"
                    + " the area type is the commune's on the round's first day.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "periodic 2022", value = """
            {"communeCode":"01501","kind":"PERIODIC","heldYear":2022}""")))
    @APIResponse(responseCode = "201", description = "Opened")
    @APIResponse(responseCode = "409", description = "The commune already has that round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response open(RoundRequest request) {
        RoundView round = Views.round(openRound.openRound(request));
        return Response.created(URI.create("/api/v1/rounds/" + round.id())).entity(round).build();
    }

    @GET
    @Operation(operationId = "listRounds", summary = "List a commune's review rounds, the latest first",
            description = "How a commune app finds the round it is working in, and whether it was decided.")
    @APIResponse(responseCode = "200", description = "The rounds")
    public List<RoundView> list(
            @Parameter(example = "01501") @QueryParam("commune") @NotNull(message = "is required") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String commune,
            @Parameter(description = "Only the rounds held in this year", example = "2022") @QueryParam("heldYear") Integer heldYear) {
        return rounds.rounds(commune, heldYear).stream().map(Views::round).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRound",
            summary = "Read a round and how many of its reviews are submitted, approved or returned")
    @APIResponse(responseCode = "200", description = "The round")
    public RoundView get(@PathParam("id") UUID id) {
        return Views.round(rounds.round(id));
    }

    @POST
    @Path("/{id}/reviews")
    @Operation(operationId = "submitReviews", summary = "Submit a batch of household reviews from a commune app",
            description = "Each record is validated and classified alone: accepted (with the computed class and its"
                    + " explanation), returned for re-survey when under half of the village meeting agreed, or rejected"
                    + " with its field errors — a bad record never sinks the others. Resend a batch with the same"
                    + " Idempotency-Key and nothing changes: the first answer is returned.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two reviews", value = """
            {"reviews":[
              {"householdCode":"01501-K7P2M9QX4T","surveyDate":"2022-10-12","incomePerPersonMonthlyVnd":1250000,
               "deprivedIndicators":["HEALTH_INSURANCE","SANITATION","TELECOM"],"meetingAgreeShare":0.82},
              {"newHousehold":{"village":"Bản Giốc","members":[{"fullName":"Nông Thị Hoa","birthYear":1985,
                 "sex":"FEMALE","ethnicity":"Tày","relation":"HEAD","healthInsurance":true,"personalId":"004185012345"}]},
               "surveyDate":"2022-10-13","scoreA":132,"scoreB":20,"meetingAgreeShare":0.9}]}""")))
    @APIResponse(responseCode = "200", description = "One result per record, in the order sent (a replay of the same"
            + " key carries Idempotency-Replayed: true)",
            content = @Content(schema = @Schema(implementation = ReviewBatchResult.class)))
    @APIResponse(responseCode = "409", description = "The round is already decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) String key,
            ReviewBatch batch) {
        return submitReviews.submit(key, id, batch).response().build();
    }

    @POST
    @Path("/{id}/decision")
    @Operation(operationId = "decideRound", summary = "Recognise the round's list (the commune chair)",
            description = "Recognises every submitted review at once, except those returned; sets each household's"
                    + " status and movement, and publishes each change (household status changed).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "decision", value = """
            {"decisionNumber":"215/QĐ-UBND","decisionDate":"2022-12-10",
             "returned":[{"householdCode":"01501-K7P2M9QX4T","reason":"Thu nhập kê khai chưa đủ căn cứ"}]}""")))
    @APIResponse(responseCode = "200", description = "What the decision did")
    public DecisionResult decide(@PathParam("id") UUID id, DecisionRequest request) {
        return decideRound.decide(id, request);
    }

    @GET
    @Path("/{id}/posting-list")
    @Produces({ PaperFormats.XLSX, PaperFormats.PDF, Problem.MEDIA_TYPE })
    @Operation(operationId = "getPostingList",
            summary = "The list a village posts after its meeting (danh sách niêm yết công khai)",
            description = "The households the round reviewed in the village, under I hộ nghèo, II hộ cận nghèo, III"
                    + " hộ thoát nghèo, IV hộ thoát cận nghèo: code, head of household, members, DTTS, class before"
                    + " the review and the change; before the decision the classes the reviews give, after it the"
                    + " recognised ones. The notice days are the commune's, printed as given. XLSX or PDF (A4, fonts"
                    + " embedded). Each export is audited.")
    @APIResponse(responseCode = "200", description = "The list")
    public Response postingList(@PathParam("id") UUID id,
            @Parameter(description = "the village, as the households' records name it", example = "Xóm Nà Rầy")
            @QueryParam("village") @NotBlank(message = "is required: the village whose list is posted") @Size(max = 200, message = "must be at most 200 characters") String village,
            @Parameter(description = "first day of the public notice", example = "2026-11-16") @QueryParam("noticeFrom") @NotNull(message = "is required: the first day of the public notice") LocalDate noticeFrom,
            @Parameter(description = "last day of the public notice", example = "2026-11-18") @QueryParam("noticeTo") @NotNull(message = "is required: the last day of the public notice") LocalDate noticeTo,
            @Parameter(description = "xlsx or pdf") @QueryParam("format") @Pattern(regexp = "xlsx|pdf", message = "must be xlsx or pdf") String format) {
        return file(papers.postingList(id, village, noticeFrom, noticeTo), format);
    }

    @GET
    @Path("/{id}/decision-list")
    @Produces({ PaperFormats.XLSX, PaperFormats.PDF, Problem.MEDIA_TYPE })
    @Operation(operationId = "getDecisionList",
            summary = "The list annexed to the chair's decision (Mẫu số 02, QĐ 24/2021/QĐ-TTg)",
            description = "Every household the decided round recognised, under I hộ nghèo, II hộ cận nghèo, III hộ"
                    + " thoát nghèo, IV hộ thoát cận nghèo, with its village and its movement. XLSX or PDF (A4, fonts"
                    + " embedded). 409 before the decision. Each export is audited.")
    @APIResponse(responseCode = "200", description = "The list")
    @APIResponse(responseCode = "409", description = "The round is not decided yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decisionList(@PathParam("id") UUID id,
            @Parameter(description = "xlsx or pdf") @QueryParam("format") @Pattern(regexp = "xlsx|pdf", message = "must be xlsx or pdf") String format) {
        return file(papers.decisionList(id), format);
    }

    @GET
    @Path("/{id}/list")
    @Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
    @Operation(operationId = "getRoundList",
            summary = "The list the round produces, for the commune chair to read before deciding",
            description = "The households the round reviewed and did not return, under I hộ nghèo, II hộ cận nghèo, III"
                    + " hộ thoát nghèo, IV hộ thoát cận nghèo, with the class before and the class the review gives:"
                    + " what the decision will recognise (after it, what it recognised). Each reading is audited.")
    @APIResponse(responseCode = "200", description = "The list, in the sections and columns of the decision's annex",
            content = @Content(schema = @Schema(implementation = ListPaper.class)))
    public ListPaper list(@PathParam("id") UUID id) {
        return papers.roundList(id);
    }

    private static Response file(ListPaper paper, String format) {
        boolean pdf = "pdf".equals(format);
        return Response.ok(pdf ? PaperFormats.pdf(paper) : PaperFormats.xlsx(paper), pdf ? PaperFormats.PDF
                : PaperFormats.XLSX).header("Content-Disposition", "attachment; filename=\"" + paper.fileName()
                        + (pdf ? ".pdf" : ".xlsx") + "\"").build();
    }
}

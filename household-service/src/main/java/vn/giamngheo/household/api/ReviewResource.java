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

    /** Xã Đàm Thủy's periodic review of 2025, decided: the list of 2026. */
    private static final String ROUND = """
            {"id":"9c4e2b7a-5d1f-4e83-a6b0-7f2d9e1c3a58","communeCode":"01501","communeName":"Xã Đàm Thủy",
             "kind":"PERIODIC","heldYear":2025,"month":null,"listYear":2026,"standardCode":"ND-07-2021",
             "areaType":"RURAL","status":"DECIDED","firstDay":"2025-09-01","lastDay":"2025-12-14",
             "decisionNumber":"125/QĐ-UBND","decisionDate":"2025-12-10","decidedBy":"nong.van.bo",
             "reviewsByStatus":{"APPROVED":412,"RETURNED":3}}""";

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
    @APIResponse(responseCode = "201", description = "Opened; Location names the round", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundView.class),
            examples = @ExampleObject(name = "periodic 2022", value = """
                    {"id":"2d8f6a1c-3b9e-4c72-9a15-e0b7c4d8f216","communeCode":"01501","communeName":"Xã Chí Viễn",
                     "kind":"PERIODIC","heldYear":2022,"month":null,"listYear":2023,"standardCode":"ND-07-2021",
                     "areaType":"RURAL","status":"OPEN","firstDay":"2022-09-01","lastDay":"2022-12-14",
                     "decisionNumber":null,"decisionDate":null,"decidedBy":null,"reviewsByStatus":{}}""")))
    @APIResponse(responseCode = "409", description = "The commune already has that round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response open(RoundRequest request) {
        RoundView round = Views.round(openRound.openRound(request));
        return Response.created(URI.create("/api/v1/rounds/" + round.id())).entity(round).build();
    }

    @GET
    @Operation(operationId = "listRounds", summary = "List a commune's review rounds, the latest first",
            description = "How a commune app finds the round it is working in, and whether it was decided.")
    @APIResponse(responseCode = "200", description = "The rounds", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundView[].class),
            examples = @ExampleObject(name = "Đàm Thủy", value = "[" + ROUND + """
                    ,{"id":"2d8f6a1c-3b9e-4c72-9a15-e0b7c4d8f216","communeCode":"01501","communeName":"Xã Chí Viễn",
                      "kind":"PERIODIC","heldYear":2022,"month":null,"listYear":2023,"standardCode":"ND-07-2021",
                      "areaType":"RURAL","status":"DECIDED","firstDay":"2022-09-01","lastDay":"2022-12-14",
                      "decisionNumber":"215/QĐ-UBND","decisionDate":"2022-12-10","decidedBy":"nong.van.bo",
                      "reviewsByStatus":{"APPROVED":386,"RETURNED":1}}]""")))
    public List<RoundView> list(
            @Parameter(example = "01501") @QueryParam("commune") @NotNull(message = "is required") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String commune,
            @Parameter(description = "Only the rounds held in this year", example = "2022") @QueryParam("heldYear") Integer heldYear) {
        return rounds.rounds(commune, heldYear).stream().map(Views::round).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRound",
            summary = "Read a round and how many of its reviews are submitted, approved or returned")
    @APIResponse(responseCode = "200", description = "The round", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundView.class),
            examples = @ExampleObject(name = "decided", value = ROUND)))
    @APIResponse(responseCode = "404", description = "No such round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
                 "sex":"FEMALE","ethnicity":"Tày","relation":"HEAD","healthInsurance":true,"personalId":"990185012345"}]},
               "surveyDate":"2022-10-13","scoreA":132,"scoreB":20,"meetingAgreeShare":0.9}]}""")))
    @APIResponse(responseCode = "200", description = "One result per record, in the order sent (a replay of the same"
            + " key carries Idempotency-Replayed: true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReviewBatchResult.class), examples = {
                        @ExampleObject(name = "two reviews accepted", value = """
                                {"roundId":"2d8f6a1c-3b9e-4c72-9a15-e0b7c4d8f216","accepted":2,"returned":0,"rejected":0,
                                 "results":[
                                  {"index":0,"outcome":"ACCEPTED","householdCode":"01501-K7P2M9QX4T",
                                   "reviewId":"6a1d9e3c-8f27-4b50-b4c1-2e7f0a9d5c83","computedStatus":"POOR",
                                   "explanationVi":"Thu nhập bình quân 1.250.000 đồng/người/tháng không vượt chuẩn 1.500.000 đồng của khu vực nông thôn (Chuẩn nghèo đa chiều giai đoạn 2022 – 2025 (Nghị định 07/2021/NĐ-CP)); thiếu hụt 3 chỉ số (ngưỡng 3). Hộ thuộc diện hộ nghèo.",
                                   "explanationEn":"Income of VND 1,250,000 per person per month is at or below the rural line of VND 1,500,000 (ND-07-2021); 3 deprivation(s) counted (cut-off 3). The household is poor.",
                                   "standardVersion":"ND-07-2021@1b50400ab6e2",
                                   "provisionalFigures":["scoreA.averageLivingUpperBound"],"errors":[]},
                                  {"index":1,"outcome":"ACCEPTED","householdCode":"01501-T3HW8C5QRN",
                                   "reviewId":"b9e2f5a7-1c4d-4836-9a0e-d3c7b6f1e428","computedStatus":"NEAR_POOR",
                                   "explanationVi":"Điểm A là 132 điểm không vượt chuẩn 140 điểm của khu vực nông thôn (Chuẩn nghèo đa chiều giai đoạn 2022 – 2025 (Nghị định 07/2021/NĐ-CP)); thiếu hụt 2 chỉ số (ngưỡng 3). Hộ thuộc diện hộ cận nghèo.",
                                   "explanationEn":"Score A of 132 points is at or below the rural line of 140 points (ND-07-2021); 2 deprivation(s) counted (cut-off 3). The household is near-poor.",
                                   "standardVersion":"ND-07-2021@1b50400ab6e2",
                                   "provisionalFigures":["scoreA.averageLivingUpperBound"],"errors":[]}]}"""),
                        @ExampleObject(name = "one review rejected", value = """
                                {"roundId":"2d8f6a1c-3b9e-4c72-9a15-e0b7c4d8f216","accepted":0,"returned":0,"rejected":1,
                                 "results":[
                                  {"index":0,"outcome":"REJECTED","householdCode":"01501-K7P2M9QX4T","reviewId":null,
                                   "computedStatus":null,"explanationVi":null,"explanationEn":null,
                                   "standardVersion":null,"provisionalFigures":null,
                                   "errors":[{"field":"householdCode","message":"household 01501-K7P2M9QX4T already has a review in this round; only a returned review may be submitted again"}]}]}""") }))
    @APIResponse(responseCode = "409", description = "The round is already decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different batch",
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
    @APIResponse(responseCode = "200", description = "What the decision did", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionResult.class),
            examples = @ExampleObject(name = "decision", value = """
                    {"roundId":"2d8f6a1c-3b9e-4c72-9a15-e0b7c4d8f216","decisionNumber":"215/QĐ-UBND",
                     "decisionDate":"2022-12-10","approved":386,"returned":1,"statusesChanged":57,
                     "movements":{"EXIT":31,"FROM_NEAR_POOR":4,"FROM_POOR":12,"NEW":7,"RE_ENTRY":3},
                     "standardChangesUnverified":0}""")))
    @APIResponse(responseCode = "404", description = "No such round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The round is already decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @APIResponse(responseCode = "404", description = "No such round, or it reviewed no household of the village",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @APIResponse(responseCode = "404", description = "No such round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListPaper.class),
                    examples = @ExampleObject(name = "Đàm Thủy, list of 2026", value = """
                            {"issuer":"UBND Xã Đàm Thủy",
                             "title":"DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO, HỘ THOÁT NGHÈO, HỘ THOÁT CẬN NGHÈO NĂM 2026",
                             "subtitle":["Kết quả rà soát định kỳ năm 2025, Quyết định số 125/QĐ-UBND ngày 10/12/2025"],
                             "columns":["STT","Mã hộ","Họ và tên chủ hộ","Thôn, bản, tổ dân phố","Số nhân khẩu","Hộ DTTS",
                              "Biến động"],
                             "sections":[
                              {"heading":"I. Hộ nghèo","rows":[
                                ["1","01501-M4QH7T2WZC","Triệu Văn Sình","Bản Khuổi Pết","2","x","Không thay đổi"]]},
                              {"heading":"II. Hộ cận nghèo","rows":[
                                ["1","01501-6VWA9D88XL","Nông Văn Pháo","Xóm Nà Rầy","3","x","Từ hộ nghèo"]]},
                              {"heading":"III. Hộ thoát nghèo","rows":[
                                ["1","01501-6VWA9D88XL","Nông Văn Pháo","Xóm Nà Rầy","3","x","Từ hộ nghèo"]]},
                              {"heading":"IV. Hộ thoát cận nghèo","rows":[
                                ["1","01501-R8KD3N6PVA","Hoàng Văn Sinh","Xóm Nà Rầy","4","x","Thoát cận nghèo"]]}],
                             "notes":[],"signature":"CHỦ TỊCH","fileName":"danh-sach-ra-soat-01501-2026"}""")))
    @APIResponse(responseCode = "404", description = "No such round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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

package vn.giamngheo.household.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import io.quarkus.security.Authenticated;
import vn.giamngheo.household.complaints.ComplaintAnswer;
import vn.giamngheo.household.complaints.ComplaintRequest;
import vn.giamngheo.household.complaints.Complaints;
import vn.giamngheo.household.complaints.ReadComplaints;
import vn.giamngheo.household.complaints.RecordComplaint;
import vn.giamngheo.household.complaints.Resurvey;
import vn.giamngheo.household.domain.Complaint;
import vn.giamngheo.platform.web.problem.Problem;

/** Complaints about a recognition decision: recorded, assigned, re-surveyed, answered; the overdue ones listed. */
@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Complaints", description = "Complaints about the poor and near-poor lists a decision recognised"
        + " (Luật Khiếu nại 2011)")
@APIResponse(responseCode = "400", description = "Invalid request: the fields to fix are listed")
@APIResponse(responseCode = "403", description = "Not allowed for this role or commune")
public class ComplaintResource {

    /**
     * The complaint of the request example as recorded, open and ending with a comma: each step below adds whether it
     * is overdue, its status and what the step recorded.
     */
    private static final String COMPLAINT = """
            {"id":"5d0b8e3c-1a7f-4c92-b6e4-93f2a0d7c815","roundId":"6f1c2a4e-8d0b-4e51-9a77-0c2d5b3e9f10",
             "householdCode":"01501-K7P2M9QX4T","communeCode":"01501","complainantName":"Nông Văn Pháo",
             "complainantRelation":"HOUSEHOLD",
             "ground":"Gia đình có thu nhập thấp hơn kê khai, đề nghị rà soát lại","claimedStatus":"POOR",
             "receivedOn":"2026-12-20","lodgeDeadline":"2027-03-15","complex":false,"answerDue":"2027-01-19",
             "periodSource":"Luật Khiếu nại 2011 (số 02/2011/QH13), Điều 9: \\"Thời hiệu khiếu nại là 90 ngày, \
            kể từ ngày nhận được quyết định hành chính hoặc biết được quyết định hành chính, \
            hành vi hành chính\\"; Luật Khiếu nại 2011, Điều 28: giải quyết khiếu nại lần đầu không quá 30 ngày kể từ \
            ngày thụ lý; vụ việc phức tạp không quá 45 ngày",
             "recordedBy":"can-bo-ldtbxh-01501",
            """;

    /** What the assigned officer's re-survey recorded, ending with a comma like {@link #COMPLAINT}. */
    private static final String RESURVEY = """
            "assignedTo":"can-bo-ldtbxh-01501","resurveyDate":"2026-12-28","resurveyStatus":"POOR",
             "resurveyExplanation":"Thu nhập bình quân 1.350.000 đồng/người/tháng không vượt chuẩn 2.200.000 đồng của \
            khu vực nông thôn (Chuẩn nghèo đa chiều giai đoạn 2026 – 2030 (Nghị định 351/2025/NĐ-CP)); thiếu hụt 3 chỉ\
             số (ngưỡng 3). Hộ thuộc diện hộ nghèo.",
            """;

    private static final String RECEIVED = COMPLAINT + """
            "overdue":false,"status":"RECEIVED"}""";

    private static final String ASSIGNED = COMPLAINT + """
            "overdue":false,"status":"ASSIGNED","assignedTo":"can-bo-ldtbxh-01501"}""";

    private static final String RESURVEYED = COMPLAINT + RESURVEY + """
            "overdue":false,"status":"RESURVEYED"}""";

    private static final String UPHELD = COMPLAINT + RESURVEY + """
            "overdue":false,"status":"UPHELD","answer":"Kết quả phúc tra: hộ thuộc diện hộ nghèo",
             "decisionNumber":"12/QĐ-UBND","decisionDate":"2027-01-10","answeredBy":"chu-tich-01501",
             "corrected":true}""";

    /** Assigned, and not answered by its due day. */
    private static final String OVERDUE = "[" + COMPLAINT + """
            "overdue":true,"status":"ASSIGNED","assignedTo":"can-bo-ldtbxh-01501"}]""";

    private static final String PERIOD_OVER = """
            {"type":"urn:giamngheo:problem:complaint-period-over","title":"The complaint period is over",
             "status":422,
             "detail":"A complaint about decision 415/QĐ-UBND of 2026-12-15 could be lodged until 2027-03-15 (90 days:\
             Luật Khiếu nại 2011 (số 02/2011/QH13), Điều 9: \\"Thời hiệu khiếu nại là 90 ngày, \
            kể từ ngày nhận được quyết định hành chính hoặc biết được quyết định hành chính, \
            hành vi hành chính\\"); this one was received on 2027-03-22. The household may apply to the regular review\
             instead.",
             "instance":"/api/v1/complaints"}""";

    @Inject
    RecordComplaint record;

    @Inject
    Complaints complaints;

    @Inject
    ReadComplaints read;

    /** The officer a complaint is assigned to. */
    @Schema(name = "ComplaintAssignment")
    public record Assignment(
            @NotBlank(message = "is required: the officer who re-checks it") @Size(max = 200, message = "must be at most 200 characters") String officer) {
    }

    @POST
    @Operation(operationId = "recordComplaint",
            summary = "Record a complaint about a decided round's recognition of a household",
            description = "From the household, or another resident named in the posting. Refused (422) once the"
                    + " period from the decision is over (90 days, Luật Khiếu nại 2011 Điều 9); the answer is due 30"
                    + " days after receipt (45 when complex, Điều 28).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "left off the poor list", value = """
            {"roundId":"6f1c2a4e-8d0b-4e51-9a77-0c2d5b3e9f10","householdCode":"01501-K7P2M9QX4T",
             "complainant":{"name":"Nông Văn Pháo","relation":"HOUSEHOLD"},
             "ground":"Gia đình có thu nhập thấp hơn kê khai, đề nghị rà soát lại","claimedStatus":"POOR",
             "receivedOn":"2026-12-20"}""")))
    @APIResponse(responseCode = "201", description = "Recorded, with its deadlines", content = @Content(
            schema = @Schema(implementation = ComplaintView.class),
            examples = @ExampleObject(name = "received", value = RECEIVED)))
    @APIResponse(responseCode = "409", description = "The round is not decided yet")
    @APIResponse(responseCode = "422", description = "The complaint period is over",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "complaint-period-over", value = PERIOD_OVER)))
    public Response record(ComplaintRequest request) {
        Complaint c = record.record(request);
        return Response.created(URI.create("/api/v1/complaints/" + c.id)).entity(view(read.get(c.id))).build();
    }

    @GET
    @Operation(operationId = "listComplaints",
            summary = "A commune's complaints, the answers due soonest first", description = "overdue=true: only"
            + " those not answered by their due day.")
    @APIResponse(responseCode = "200", description = "The complaints", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = ComplaintView.class),
            examples = @ExampleObject(name = "overdue", value = OVERDUE)))
    public List<ComplaintView> list(
            @Parameter(example = "01501") @QueryParam("commune") @NotNull(message = "is required") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String commune,
            @Parameter(description = "RECEIVED, ASSIGNED, RESURVEYED, UPHELD or DISMISSED") @QueryParam("status") @Pattern(regexp = "RECEIVED|ASSIGNED|RESURVEYED|UPHELD|DISMISSED", message = "must be RECEIVED, ASSIGNED, RESURVEYED, UPHELD or DISMISSED") String status,
            @Parameter(description = "only the complaints whose answer is overdue") @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "must be at most 100000") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be 1 or more") @Max(value = 500, message = "must be at most 500") int size) {
        return read.list(commune, status == null ? null : Complaint.Status.valueOf(status), overdue, page, size)
                .stream().map(ComplaintResource::view).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getComplaint", summary = "Read a complaint")
    @APIResponse(responseCode = "200", description = "The complaint", content = @Content(
            schema = @Schema(implementation = ComplaintView.class),
            examples = @ExampleObject(name = "re-surveyed", value = RESURVEYED)))
    @APIResponse(responseCode = "404", description = "No such complaint")
    public ComplaintView get(@PathParam("id") UUID id) {
        return view(read.get(id));
    }

    @POST
    @Path("/{id}/assignment")
    @Operation(operationId = "assignComplaint",
            summary = "Assign a complaint to the officer who re-checks it (the chair)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "assign", value = """
            {"officer":"can-bo-ldtbxh-01501"}""")))
    @APIResponse(responseCode = "200", description = "Assigned", content = @Content(
            schema = @Schema(implementation = ComplaintView.class),
            examples = @ExampleObject(name = "assigned", value = ASSIGNED)))
    @APIResponse(responseCode = "409", description = "Answered already")
    public ComplaintView assign(@PathParam("id") UUID id, Assignment assignment) {
        complaints.assign(id, assignment == null ? null : assignment.officer());
        return view(read.get(id));
    }

    @POST
    @Path("/{id}/re-survey")
    @Operation(operationId = "recordComplaintResurvey",
            summary = "Record the household's re-survey", description = "Classified by the classifier under the"
            + " round's standard and area type, as a review is.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "re-survey", value = """
            {"surveyDate":"2026-12-28","incomePerPersonMonthlyVnd":1350000,
             "deprivedIndicators":["HEALTH_INSURANCE","SANITATION","TELECOM"]}""")))
    @APIResponse(responseCode = "200", description = "Re-surveyed, with the class the answers give", content = @Content(
            schema = @Schema(implementation = ComplaintView.class),
            examples = @ExampleObject(name = "re-surveyed", value = RESURVEYED)))
    @APIResponse(responseCode = "409", description = "Answered already")
    public ComplaintView resurvey(@PathParam("id") UUID id, Resurvey survey) {
        complaints.resurvey(id, survey);
        return view(read.get(id));
    }

    @POST
    @Path("/{id}/answer")
    @Operation(operationId = "answerComplaint",
            summary = "Answer a complaint (the chair)", description = "Upheld: the re-survey's class replaces the"
            + " recognised one by this decision (movement COMPLAINT_CORRECTION, published), the round's decision"
            + " unchanged. Dismissed: the reasons.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "upheld", value = """
            {"upheld":true,"answer":"Kết quả phúc tra: hộ thuộc diện hộ nghèo","decisionNumber":"12/QĐ-UBND",
             "decisionDate":"2027-01-10"}""")))
    @APIResponse(responseCode = "200", description = "Answered", content = @Content(
            schema = @Schema(implementation = ComplaintView.class),
            examples = @ExampleObject(name = "upheld", value = UPHELD)))
    @APIResponse(responseCode = "409", description = "Answered already, not re-surveyed, or the list was replaced")
    public ComplaintView answer(@PathParam("id") UUID id, ComplaintAnswer answer) {
        complaints.answer(id, answer);
        return view(read.get(id));
    }

    private static ComplaintView view(ReadComplaints.Found f) {
        Complaint c = f.complaint();
        boolean overdue = !c.status.answered() && c.answerDue.isBefore(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        return new ComplaintView(c.id, c.roundId, f.householdCode(), c.communeCode, c.complainantName,
                c.complainantRelation, c.ground, c.claimedStatus, c.receivedOn, c.lodgeDeadline, c.complex,
                c.answerDue, overdue, c.periodSource, c.status.name(), c.recordedBy, c.assignedTo, c.resurveyDate,
                c.resurveyStatus, c.resurveyExplanation, c.answer, c.decisionNumber, c.decisionDate, c.answeredBy,
                c.corrected);
    }
}

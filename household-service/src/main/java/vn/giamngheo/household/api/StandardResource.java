package vn.giamngheo.household.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.giamngheo.household.domain.Classification;
import vn.giamngheo.household.domain.PovertyStandard;
import vn.giamngheo.household.domain.PovertyStandards;
import vn.giamngheo.household.domain.SurveyAnswers;
import vn.giamngheo.household.standard.AssessHousehold;
import vn.giamngheo.household.standard.Questionnaire;
import vn.giamngheo.household.standard.Questionnaires;
import vn.giamngheo.platform.web.problem.ProblemException;

/** The poverty standards with their sources, and the citizens' self-assessment: public, and storing nothing. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Standards", description = "The multidimensional poverty standards and the self-assessment")
public class StandardResource {

    /** The standard of the lists for 2022–2026, two of its indicators shown. */
    private static final String STANDARD = """
            {"code":"ND-07-2021","name":"Chuẩn nghèo đa chiều giai đoạn 2022 – 2025 (Nghị định 07/2021/NĐ-CP)",
             "source":"NĐ 07/2021/NĐ-CP, Điều 3 [C]; applies to the lists for 2022–2026, extended by NĐ 351/2025/NĐ-CP [C]",
             "firstListYear":2022,"lastListYear":2026,"incomeLineVnd":{"RURAL":1500000,
             "URBAN":2000000},"incomeLineSource":"NĐ 07/2021/NĐ-CP, Điều 3 khoản 1 điểm a [C]",
             "averageLivingUpperBoundVnd":{"RURAL":2250000,"URBAN":3000000},"averageLivingSource":"NĐ 07/2021/NĐ-CP, Điều 3 khoản 4 [C]",
             "deprivationCutoff":3,"deprivationCutoffSource":"NĐ 07/2021/NĐ-CP, Điều 3 khoản 2–3 [C]",
             "scoreA":{"povertyLine":{"RURAL":140,"URBAN":175},"averageLivingUpperBound":{"RURAL":190,
             "URBAN":235},"source":"TT 07/2021/TT-BLĐTBXH [C] for 140/175; 190/235 commonly cited [U]"},
             "scoreBPointsPerIndicator":10,"indicators":[{"code":"EMPLOYMENT","dimension":"việc làm",
             "name":"Việc làm","deprivedWhen":"a working-age member is unemployed or works for wages without a contract",
             "question":{"vi":"Trong hộ có người trong độ tuổi lao động đang thất nghiệp, hoặc làm công ăn lương mà không có hợp đồng lao động không?",
             "en":"Is any working-age member unemployed, or working for wages without a labour contract?"},
             "help":{"vi":"Thất nghiệp: có khả năng lao động, muốn làm việc nhưng không tìm được việc làm.",
             "en":"Unemployed: able and willing to work but unable to find a job."},
             "source":"NĐ 07/2021/NĐ-CP, Điều 3 khoản 1 điểm b [C for the list; the wording of each threshold S]"},
             {"code":"DEPENDANTS","dimension":"việc làm","name":"Người phụ thuộc trong hộ gia đình",
             "deprivedWhen":"dependants are more than half of the members","question":{"vi":"Người phụ thuộc có chiếm trên một nửa số thành viên của hộ không?",
             "en":"Are dependants more than half of the household's members?"},
             "help":{"vi":"Người phụ thuộc: trẻ em dưới 16 tuổi, người cao tuổi hoặc người khuyết tật không có khả năng lao động, người hưởng trợ cấp xã hội hằng tháng.",
             "en":"Dependants: children under 16, elderly or disabled people unable to work, people on a monthly social allowance."},
             "source":"NĐ 07/2021/NĐ-CP, Điều 3 khoản 1 điểm b [C for the list; the wording of each threshold S]"}],
             "indicatorsSource":"NĐ 07/2021/NĐ-CP [C for the list; wording S]",
             "lowIncomeWorkerLineVnd":{"RURAL":2250000,"URBAN":3000000},"lowIncomeWorkerFrom":"2025-02-24",
             "lowIncomeWorkerSource":"NĐ 30/2025/NĐ-CP, Điều 1 khoản 3 (amends NĐ 07/2021 Điều 3 khoản 2 điểm d, đ), issued and in force 24/02/2025 [C for the date, luatvietnam; S for the figures]",
             "provisional":[{"figure":"scoreA.averageLivingUpperBound","why":"190/235 points are commonly cited; TT 07/2021 was not read [U]"}],
             "version":"ND-07-2021@1b50400ab6e2"}""";

    @Inject
    PovertyStandards standards;

    @Inject
    AssessHousehold assessments;

    /** A citizen's answers: where they live, for which year's list, and the survey's figures. */
    public record SelfAssessmentRequest(
            @NotNull(message = "is required") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String communeCode,
            @NotNull(message = "is required") @Min(value = 2022, message = "must be 2022 or later") @Max(value = 2030, message = "must be 2030 or earlier") Integer listYear,
            Long incomePerPersonMonthlyVnd,
            Integer scoreA,
            @Size(max = 30, message = "must list at most 30 indicators") List<@NotNull(message = "must be an indicator code") @Size(max = 40, message = "must be an indicator code of at most 40 characters") String> deprivedIndicators,
            Integer scoreB) {
    }

    /**
     * The class, its explanation, the standard it was decided under, and the figures of that standard no public
     * source confirms yet, with the reason.
     */
    public record SelfAssessment(@Schema(required = true) Classification classification,
            String standardName, String standardSource,
            @Schema(required = true, description = "The commune's name in the list year")
            String communeName,
            @Schema(required = true) List<PovertyStandard.Provisional> provisional) {
    }

    @GET
    @Path("/standards")
    @Operation(operationId = "listStandards", summary = "List the poverty standards, their figures and sources")
    @APIResponse(responseCode = "200", description = "The standards, the earliest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PovertyStandard[].class),
            examples = @ExampleObject(name = "ND-07-2021 (two indicators shown)", value = "[" + STANDARD + "]")))
    public List<PovertyStandard> all() {
        return standards.all();
    }

    @GET
    @Path("/standards/{code}")
    @Operation(operationId = "getStandard", summary = "Read one poverty standard")
    @APIResponse(responseCode = "200", description = "The standard", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PovertyStandard.class),
            examples = @ExampleObject(name = "ND-07-2021 (two indicators shown)", value = STANDARD)))
    @APIResponse(responseCode = "404", description = "No such standard")
    public PovertyStandard one(@PathParam("code") String code) {
        return standards.byCode(code).orElseThrow(() -> ProblemException.notFound("There is no standard " + code
                + "; there are " + String.join(", ", standards.all().stream().map(PovertyStandard::code).toList())));
    }

    @GET
    @Path("/standards/{code}/questionnaire")
    @Operation(operationId = "getQuestionnaire",
            summary = "The questionnaire of a standard: its indicators with their questions, the income and score"
            + " methods", description = "What a commune app or the self-assessment builds its form from, in Vietnamese"
                    + " and English; a \"yes\" to a question is a deprivation. Figures that no public source confirms are"
                    + " marked provisional, with the reason, and can be corrected by the standards file.")
    @APIResponse(responseCode = "200", description = "The questionnaire", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Questionnaire.class),
            examples = @ExampleObject(name = "ND-07-2021 (one dimension shown)", value = """
                    {"standardCode":"ND-07-2021","standardName":"Chuẩn nghèo đa chiều giai đoạn 2022 – 2025 (Nghị định 07/2021/NĐ-CP)",
                     "standardVersion":"ND-07-2021@1b50400ab6e2","firstListYear":2022,"lastListYear":2026,
                     "income":{"description":{"vi":"Thu nhập bình quân đầu người một tháng của hộ: không vượt 1.500.000 đồng (nông thôn) hoặc 2.000.000 đồng (thành thị, đô thị) là hộ nghèo khi thiếu hụt từ 3 chỉ số trở lên, hộ cận nghèo khi thiếu hụt ít hơn; vượt chuẩn thì không là hộ nghèo, dù thiếu hụt bao nhiêu chỉ số. Hộ có mức sống trung bình: thu nhập trên chuẩn, không vượt 2.250.000 đồng (nông thôn) hoặc 3.000.000 đồng (thành thị).",
                     "en":"Monthly income per person of the household: at most VND 1,500,000 (rural) or VND 2,000,000 (urban) is poor with 3 or more deprivations and near-poor with fewer; above the line a household is never poor, whatever its deprivations. Average living standard: above the line, at most VND 2,250,000 (rural) or VND 3,000,000 (urban)."},
                     "lineVnd":{"RURAL":1500000,"URBAN":2000000},"averageLivingUpperBoundVnd":{"RURAL":2250000,
                     "URBAN":3000000},"source":"NĐ 07/2021/NĐ-CP, Điều 3 khoản 1 điểm a [C]"},
                     "score":{"description":{"vi":"Điểm A của phiếu khảo sát thay cho thu nhập: không vượt 140 điểm (nông thôn) hoặc 175 điểm (thành thị). Điểm B: 10 điểm cho mỗi chỉ số thiếu hụt.",
                     "en":"Score A of the survey form in place of income: at most 140 points (rural) or 175 points (urban). Score B: 10 points per deprived indicator."},
                     "scoreA":{"povertyLine":{"RURAL":140,"URBAN":175},"averageLivingUpperBound":{"RURAL":190,
                     "URBAN":235},"source":"TT 07/2021/TT-BLĐTBXH [C] for 140/175; 190/235 commonly cited [U]"},
                     "scoreBPointsPerIndicator":10},"deprivationCutoff":3,"dimensions":[{"name":"việc làm",
                     "indicators":[{"code":"EMPLOYMENT","name":"Việc làm","question":{"vi":"Trong hộ có người trong độ tuổi lao động đang thất nghiệp, hoặc làm công ăn lương mà không có hợp đồng lao động không?",
                     "en":"Is any working-age member unemployed, or working for wages without a labour contract?"},
                     "help":{"vi":"Thất nghiệp: có khả năng lao động, muốn làm việc nhưng không tìm được việc làm.",
                     "en":"Unemployed: able and willing to work but unable to find a job."},
                     "deprivedWhen":"a working-age member is unemployed or works for wages without a contract",
                     "source":"NĐ 07/2021/NĐ-CP, Điều 3 khoản 1 điểm b [C for the list; the wording of each threshold S]",
                     "provisional":false},{"code":"DEPENDANTS","name":"Người phụ thuộc trong hộ gia đình",
                     "question":{"vi":"Người phụ thuộc có chiếm trên một nửa số thành viên của hộ không?",
                     "en":"Are dependants more than half of the household's members?"},
                     "help":{"vi":"Người phụ thuộc: trẻ em dưới 16 tuổi, người cao tuổi hoặc người khuyết tật không có khả năng lao động, người hưởng trợ cấp xã hội hằng tháng.",
                     "en":"Dependants: children under 16, elderly or disabled people unable to work, people on a monthly social allowance."},
                     "deprivedWhen":"dependants are more than half of the members","source":"NĐ 07/2021/NĐ-CP, Điều 3 khoản 1 điểm b [C for the list; the wording of each threshold S]",
                     "provisional":false}]}],"provisional":[{"figure":"scoreA.averageLivingUpperBound",
                     "why":"190/235 points are commonly cited; TT 07/2021 was not read [U]"}]}""")))
    @APIResponse(responseCode = "404", description = "No such standard")
    public Questionnaire questionnaire(@Parameter(example = "ND-351-2025") @PathParam("code") String code) {
        return Questionnaires.of(one(code));
    }

    @POST
    @Path("/self-assessment")
    @Operation(operationId = "assessHousehold",
            summary = "Would my household count as poor? (public; nothing is stored)",
            description = "Classifies the answers under the standard of the list year, with the income line of the"
                    + " commune's area type, and explains the result in Vietnamese and English.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rural household", value = """
            {"communeCode":"01501","listYear":2023,"incomePerPersonMonthlyVnd":1350000,
             "deprivedIndicators":["HEALTH_INSURANCE","DRINKING_WATER","SANITATION"]}""")))
    @APIResponse(responseCode = "200", description = "The class and why", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelfAssessment.class),
            examples = @ExampleObject(name = "rural household, poor", value = """
                    {"classification":{"status":"POOR","lowIncomeWorker":false,"standardCode":"ND-07-2021",
                      "areaType":"RURAL","decidedBy":"INCOME","valueCompared":1350000,"lineUsed":1500000,
                      "averageLivingBound":2250000,"deprivations":3,"deprivationCutoff":3,
                      "deprivedIndicators":["HEALTH_INSURANCE","DRINKING_WATER","SANITATION"],
                      "explanationVi":"Thu nhập bình quân 1.350.000 đồng/người/tháng không vượt chuẩn 1.500.000 đồng của khu vực nông thôn (Chuẩn nghèo đa chiều giai đoạn 2022 – 2025 (Nghị định 07/2021/NĐ-CP)); thiếu hụt 3 chỉ số (ngưỡng 3). Hộ thuộc diện hộ nghèo.",
                      "explanationEn":"Income of VND 1,350,000 per person per month is at or below the rural line of VND 1,500,000 (ND-07-2021); 3 deprivation(s) counted (cut-off 3). The household is poor.",
                      "standardVersion":"ND-07-2021@1b50400ab6e2","provisionalFigures":["scoreA.averageLivingUpperBound"]},
                     "standardName":"Chuẩn nghèo đa chiều giai đoạn 2022 – 2025 (Nghị định 07/2021/NĐ-CP)",
                     "standardSource":"NĐ 07/2021/NĐ-CP, Điều 3 [C]; applies to the lists for 2022–2026, extended by NĐ 351/2025/NĐ-CP [C]",
                     "communeName":"Xã Chí Viễn",
                     "provisional":[{"figure":"scoreA.averageLivingUpperBound",
                       "why":"190/235 points are commonly cited; TT 07/2021 was not read [U]"}]}""")))
    public SelfAssessment assess(@Valid @NotNull(message = "a body is required") SelfAssessmentRequest request) {
        AssessHousehold.Assessment a = assessments.assess(request.communeCode(), request.listYear(),
                new SurveyAnswers(request.incomePerPersonMonthlyVnd(), request.scoreA(), request.deprivedIndicators(),
                        request.scoreB()));
        return new SelfAssessment(a.classification(), a.standard().name(), a.standard().source(), a.commune().name(),
                a.standard().provisional());
    }
}

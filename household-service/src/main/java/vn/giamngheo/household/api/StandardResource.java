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
    public record SelfAssessment(Classification classification, String standardName, String standardSource,
            String communeName, List<PovertyStandard.Provisional> provisional) {
    }

    @GET
    @Path("/standards")
    @Operation(operationId = "listStandards", summary = "List the poverty standards, their figures and sources")
    public List<PovertyStandard> all() {
        return standards.all();
    }

    @GET
    @Path("/standards/{code}")
    @Operation(operationId = "getStandard", summary = "Read one poverty standard")
    @APIResponse(responseCode = "200", description = "The standard")
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
    @APIResponse(responseCode = "200", description = "The questionnaire")
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
    @APIResponse(responseCode = "200", description = "The class and why")
    public SelfAssessment assess(@Valid @NotNull(message = "a body is required") SelfAssessmentRequest request) {
        AssessHousehold.Assessment a = assessments.assess(request.communeCode(), request.listYear(),
                new SurveyAnswers(request.incomePerPersonMonthlyVnd(), request.scoreA(), request.deprivedIndicators(),
                        request.scoreB()));
        return new SelfAssessment(a.classification(), a.standard().name(), a.standard().source(), a.commune().name(),
                a.standard().provisional());
    }
}

package vn.giamngheo.household.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
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
import vn.giamngheo.household.domain.TotalHouseholds;
import vn.giamngheo.household.registry.FindHouseholds;
import vn.giamngheo.household.registry.LoadOpeningBalance;
import vn.giamngheo.household.registry.LookUpPerson;
import vn.giamngheo.household.registry.OpeningBalanceRequest;
import vn.giamngheo.household.registry.OpeningBalanceResult;
import vn.giamngheo.household.registry.ReadTotal;
import vn.giamngheo.household.registry.ReportTotal;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.Problem;
import vn.giamngheo.platform.web.problem.ProblemException;

/** The household registry, the opening list and the communes' total resident households. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Registry", description = "Households, their members and status history")
@APIResponse(responseCode = "403", description = "Not allowed for this role or area",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class HouseholdResource {

    /** A household of Xã Đàm Thủy as its commune's officers read it, with its history: the shape of every view. */
    private static final String TOTAL = """
            {"communeCode":"01501","year":2026,"total":1864,"ethnicMinority":1792,"reportedBy":"hoang.thi.lan",
             "reportedAt":"2026-01-15T02:30:00Z"}""";

    private static final String HOUSEHOLD = """
            {"code":"01501-6VWA9D88XL","communeCode":"01501","village":"Xóm Nà Rầy","status":"NEAR_POOR",
             "statusLabel":"Hộ cận nghèo","listYear":2026,"ethnicMinority":true,"memberCount":3,
             "headName":"Nông Văn Pháo","members":[
              {"id":"5b0f3c7e-2a4d-4e8b-9f61-0c7d2e9a4b18","fullName":"Nông Văn Pháo","birthYear":1975,"sex":"MALE",
               "ethnicity":"Tày","relation":"HEAD","disability":false,"healthInsurance":true,"personalId":"990075003817"},
              {"id":"c2e81d4a-7f35-4b09-a6d2-3e9b5f0c7a41","fullName":"Hoàng Thị Lụa","birthYear":1978,"sex":"FEMALE",
               "ethnicity":"Tày","relation":"SPOUSE","disability":false,"healthInsurance":true,"personalId":"990178002964"},
              {"id":"8d4a6b2f-1c9e-4f7a-b3d5-6e0a9c2f8b57","fullName":"Nông Văn Thắng","birthYear":2008,"sex":"MALE",
               "ethnicity":"Tày","relation":"CHILD","disability":false,"healthInsurance":true,"personalId":"990208001235"}],
             "history":[
              {"listYear":2022,"roundKind":"OPENING_BALANCE","decisionNumber":"98/QĐ-UBND","decisionDate":"2021-12-15",
               "standardCode":"ND-07-2021","statusAfter":"POOR","movement":"OPENING_BALANCE","communeCode":"01501",
               "cause":"OPENING_BALANCE"},
              {"listYear":2026,"roundKind":"PERIODIC","decisionNumber":"125/QĐ-UBND","decisionDate":"2025-12-10",
               "standardCode":"ND-07-2021","statusBefore":"POOR","statusAfter":"NEAR_POOR","movement":"FROM_POOR",
               "communeCode":"01501","cause":"PERIODIC_REVIEW"}],
             "version":3,
             "changes":[
              {"id":"e7a3c95b-0d2f-4a61-8b4e-2f9c7d1a5e30","kind":"MEMBER_CORRECTED","kindLabel":"Sửa thông tin nhân khẩu",
               "reason":"CORRECTION","effectiveDate":"2026-04-06","status":"APPLIED","decisionDate":"2026-04-08",
               "proposedBy":"hoang.thi.lan","answeredBy":"nong.van.bo"}]}""";

    @Inject
    LoadOpeningBalance openingBalances;

    @Inject
    ReportTotal totals;

    @Inject
    ReadTotal reportedTotals;

    @Inject
    FindHouseholds households;

    @Inject
    vn.giamngheo.household.registry.SearchPeople searchPeople;

    @Inject
    LookUpPerson lookUps;

    /** A commune's reported total of resident households for a year. */
    @Schema(name = "TotalHouseholdsRequest")
    public record TotalRequest(@NotNull(message = "is required") @PositiveOrZero(message = "must be 0 or more") Long totalHouseholds,
            @PositiveOrZero(message = "must be 0 or more") Long ethnicMinorityHouseholds) {
    }

    /** A look-up by identity number, with the purpose that the audit trail records. */
    public record LookupRequest(
            @NotNull(message = "is required") @Pattern(regexp = "\\d{12}", message = "must be the 12 digits of the citizen identity card") String personalId,
            @NotBlank(message = "is required: why the system needs this household's status") @Size(max = 500, message = "must be at most 500 characters") String purpose) {
    }

    @POST
    @Path("/opening-balances")
    @Operation(operationId = "loadOpeningBalance",
            summary = "Load an already recognised list as the households' starting status")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "the list for 2022 of commune 01501", value = """
            {"communeCode":"01501","listYear":2022,"decisionNumber":"98/QĐ-UBND","decisionDate":"2021-12-15",
             "households":[
              {"household":{"village":"Xóm Nà Rầy","members":[
                {"fullName":"Nông Văn Pháo","birthYear":1975,"sex":"MALE","ethnicity":"Tày","relation":"HEAD",
                 "healthInsurance":true,"personalId":"990075003817"},
                {"fullName":"Hoàng Thị Lụa","birthYear":1978,"sex":"FEMALE","ethnicity":"Tày","relation":"SPOUSE",
                 "healthInsurance":true,"personalId":"990178002964"}]},
               "status":"POOR"},
              {"household":{"village":"Bản Khuổi Pết","members":[
                {"fullName":"Lý Văn Tình","birthYear":1969,"sex":"MALE","ethnicity":"Dao","relation":"HEAD",
                 "disability":true,"healthInsurance":true,"personalId":"990069001542"}]},
               "status":"POOR"}]}""")))
    @APIResponse(responseCode = "201", description = "Loaded: the households' codes, in the order sent (a replay of the"
            + " same Idempotency-Key carries Idempotency-Replayed: true)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpeningBalanceResult.class),
            examples = @ExampleObject(name = "two households", value = """
                    {"roundId":"3f6c1a52-8d1e-4b7a-9c2e-5a4f0e7d9b13","households":2,
                     "codes":["01501-6VWA9D88XL","01501-K7P2M9QX4T"]}""")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response openingBalance(@HeaderParam(IdempotencyKeys.HEADER) String key, OpeningBalanceRequest request) {
        IdempotencyKeys.Result<OpeningBalanceResult> result = openingBalances.load(key, request);
        return result.response().build();
    }

    @PUT
    @Path("/communes/{code}/total-households/{year}")
    @Operation(operationId = "reportTotalHouseholds",
            summary = "Report a commune's total resident households for a year (the denominator of its rates)",
            description = "It cannot be below the number of households the registry holds for the commune.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Đàm Thủy 2026", value = """
            {"totalHouseholds":1864,"ethnicMinorityHouseholds":1792}""")))
    @APIResponse(responseCode = "200", description = "Recorded and published", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TotalHouseholds.class),
            examples = @ExampleObject(name = "Đàm Thủy 2026", value = TOTAL)))
    @APIResponse(responseCode = "404", description = "No commune has this code in that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TotalHouseholds reportTotal(@PathParam("code") String code, @PathParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") int year,
            @Valid @NotNull(message = "a body is required") TotalRequest request) {
        return totals.report(code, year, request.totalHouseholds(), request.ethnicMinorityHouseholds());
    }

    @GET
    @Path("/communes/{code}/total-households/{year}")
    @Operation(operationId = "getTotalHouseholds",
            summary = "Read the total resident households a commune reported for a year")
    @APIResponse(responseCode = "200", description = "The total as reported, by whom and when", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TotalHouseholds.class),
            examples = @ExampleObject(name = "Đàm Thủy 2026", value = TOTAL)))
    @APIResponse(responseCode = "404", description = "The commune reported no total for that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TotalHouseholds readTotal(@PathParam("code") String code, @PathParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") int year) {
        return reportedTotals.read(code, year).orElseThrow(() -> ProblemException.notFound("Commune " + code
                + " has reported no total of resident households for " + year + "."));
    }

    @GET
    @Path("/households")
    @Operation(operationId = "listHouseholds", summary = "List a commune's households",
            description = "Officers of the commune (or of the units above it) see heads, villages and members; other"
                    + " roles see codes and statuses only.")
    @APIResponse(responseCode = "200", description = "A page of households", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView[].class),
            examples = {
                @ExampleObject(name = "as the commune's officers see it", value = """
                        [{"code":"01501-6VWA9D88XL","communeCode":"01501","village":"Xóm Nà Rầy","status":"NEAR_POOR",
                          "statusLabel":"Hộ cận nghèo","listYear":2026,"ethnicMinority":true,"memberCount":2,
                          "headName":"Nông Văn Pháo","members":[
                           {"id":"5b0f3c7e-2a4d-4e8b-9f61-0c7d2e9a4b18","fullName":"Nông Văn Pháo","birthYear":1975,
                            "sex":"MALE","ethnicity":"Tày","relation":"HEAD","disability":false,"healthInsurance":true,
                            "personalId":"990075003817"},
                           {"id":"c2e81d4a-7f35-4b09-a6d2-3e9b5f0c7a41","fullName":"Hoàng Thị Lụa","birthYear":1978,
                            "sex":"FEMALE","ethnicity":"Tày","relation":"SPOUSE","disability":false,
                            "healthInsurance":true,"personalId":"990178002964"}],
                          "version":1}]"""),
                @ExampleObject(name = "as other roles see it", value = """
                        [{"code":"01501-6VWA9D88XL","communeCode":"01501","status":"NEAR_POOR",
                          "statusLabel":"Hộ cận nghèo","listYear":2026,"ethnicMinority":true,"memberCount":2,
                          "version":1},
                         {"code":"01501-K7P2M9QX4T","communeCode":"01501","status":"POOR","statusLabel":"Hộ nghèo",
                          "listYear":2026,"ethnicMinority":true,"memberCount":1,"version":0}]""") }))
    public List<HouseholdView> list(
            @QueryParam("commune") @NotNull(message = "is required") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String commune,
            @QueryParam("village") String village,
            @QueryParam("status") @Pattern(regexp = "POOR|NEAR_POOR|AVERAGE_LIVING|NOT_POOR", message = "must be POOR, NEAR_POOR, AVERAGE_LIVING or NOT_POOR") String status,
            @Parameter(description = "The year of the list the household's current status belongs to", example = "2023") @QueryParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "must be at most 100000") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be at least 1") @Max(value = 500, message = "must be at most 500") int size) {
        return households.list(commune, village, status == null ? null : PovertyStatus.valueOf(status), year, page,
                size).stream().map(Views::household).toList();
    }

    @GET
    @Path("/households/search")
    @Operation(operationId = "searchPeople",
            summary = "Find people: households of an area by a member's name or identity number",
            description = "Every word typed must be in one member's name; diacritics and case do not matter"
                    + " (\"nong thi mau\" finds Nông Thị Mẫu). The area is a commune (with the communes it was formed"
                    + " from), or for district and province officers their unit. For the roles that may see names,"
                    + " within their area; a search by identity number is audited with the number.")
    @APIResponse(responseCode = "200", description = "A page of households, with their members", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView[].class),
            examples = @ExampleObject(name = "nong thi mau", value = """
                    [{"code":"01501-M4QH7T2WZC","communeCode":"01501","village":"Bản Khuổi Pết","status":"POOR",
                      "statusLabel":"Hộ nghèo","listYear":2026,"ethnicMinority":true,"memberCount":2,
                      "headName":"Triệu Văn Sình","members":[
                       {"id":"1a7e4c2d-9b3f-4d58-8e06-f2c9a5b71d34","fullName":"Triệu Văn Sình","birthYear":1981,
                        "sex":"MALE","ethnicity":"Dao","relation":"HEAD","disability":false,"healthInsurance":true,
                        "personalId":"990081004471"},
                       {"id":"f3b6d8a1-4e2c-47b9-a5d0-9c1e7f3a2b66","fullName":"Nông Thị Mẫu","birthYear":1984,
                        "sex":"FEMALE","ethnicity":"Tày","relation":"SPOUSE","disability":false,"healthInsurance":true,
                        "personalId":"990184006025"}],
                      "version":0}]""")))
    public List<HouseholdView> search(
            @Parameter(description = "a commune, or the officer's district or province", example = "01501") @QueryParam("area") @NotNull(message = "is required") @Pattern(regexp = "\\d{2}|\\d{3}|\\d{5}", message = "must be a GSO code of 2, 3 or 5 digits") String area,
            @Parameter(description = "a name or part of one, with or without diacritics", example = "nong thi mau") @QueryParam("name") @jakarta.validation.constraints.Size(max = 200, message = "must be at most 200 characters") String name,
            @Parameter(description = "an identity number (CCCD, 12 digits)") @QueryParam("personalId") @Pattern(regexp = "\\d{12}", message = "must be an identity number of 12 digits") String personalId,
            @QueryParam("village") @jakarta.validation.constraints.Size(max = 200, message = "must be at most 200 characters") String village,
            @QueryParam("status") @Pattern(regexp = "POOR|NEAR_POOR|AVERAGE_LIVING|NOT_POOR", message = "must be POOR, NEAR_POOR, AVERAGE_LIVING or NOT_POOR") String status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "must be at most 100000") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be at least 1") @Max(value = 500, message = "must be at most 500") int size) {
        return searchPeople.search(area, name, personalId, village, status == null ? null : PovertyStatus.valueOf(status),
                page, size).stream().map(Views::household).toList();
    }

    @GET
    @Path("/households/{code}")
    @Operation(operationId = "getHousehold", summary = "Read a household and its status history")
    @APIResponse(responseCode = "200", description = "The household", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class),
            examples = @ExampleObject(name = "as the commune's officers see it", value = HOUSEHOLD)))
    @APIResponse(responseCode = "404", description = "No such household",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HouseholdView get(@PathParam("code") String code) {
        return households.get(code).map(Views::household)
                .orElseThrow(() -> ProblemException.notFound("There is no household " + code + "."));
    }

    @POST
    @Path("/households/lookup")
    @Operation(operationId = "lookUpHouseholdByIdentityNumber",
            summary = "Find a person's household by identity number (authorised systems; audited with its purpose)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "school fee exemption", value = """
            {"personalId":"990208001235","purpose":"Xét miễn học phí cho học sinh"}""")))
    @APIResponse(responseCode = "200", description = "The household's code and status", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class),
            examples = @ExampleObject(name = "near-poor since the 2025 review", value = """
                    {"code":"01501-6VWA9D88XL","communeCode":"01501","status":"NEAR_POOR","statusLabel":"Hộ cận nghèo",
                     "listYear":2026,"ethnicMinority":true,"memberCount":3,
                     "history":[
                      {"listYear":2022,"roundKind":"OPENING_BALANCE","decisionNumber":"98/QĐ-UBND",
                       "decisionDate":"2021-12-15","standardCode":"ND-07-2021","statusAfter":"POOR",
                       "movement":"OPENING_BALANCE","communeCode":"01501","cause":"OPENING_BALANCE"},
                      {"listYear":2026,"roundKind":"PERIODIC","decisionNumber":"125/QĐ-UBND","decisionDate":"2025-12-10",
                       "standardCode":"ND-07-2021","statusBefore":"POOR","statusAfter":"NEAR_POOR",
                       "movement":"FROM_POOR","communeCode":"01501","cause":"PERIODIC_REVIEW"}],
                     "version":3,"changes":[]}""")))
    @APIResponse(responseCode = "404", description = "No registered person has that number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HouseholdView lookup(@Valid @NotNull(message = "a body is required") LookupRequest request) {
        return Views.household(lookUps.lookup(request.personalId(), request.purpose()));
    }
}

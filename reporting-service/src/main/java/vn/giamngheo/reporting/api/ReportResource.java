package vn.giamngheo.reporting.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.giamngheo.platform.web.problem.Problem;
import vn.giamngheo.reporting.report.DistrictReport;
import vn.giamngheo.reporting.report.DistrictReports;
import vn.giamngheo.reporting.report.PovertyReport;
import vn.giamngheo.reporting.report.PovertyReports;
import vn.giamngheo.reporting.report.ProvinceOverview;
import vn.giamngheo.reporting.report.ProvinceOverviews;
import vn.giamngheo.reporting.report.SpendingReport;
import vn.giamngheo.reporting.report.SpendingReports;

/**
 * The reports the province reads. They hold aggregates only — counts, rates and sums, never a household — which are
 * public information in Việt Nam, so they are open without login (DESIGN.md §5).
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Poverty against targets and money against the plan")
public class ReportResource {

    private static final String UNIT = "\\d{2}|\\d{3}|\\d{5}";
    private static final String NO_SUCH_UNIT = "No such unit in that year";

    @Inject
    PovertyReports povertyReports;

    @Inject
    SpendingReports spendingReports;

    @Inject
    ProvinceOverviews provinceOverviews;

    @Inject
    DistrictReports districtReports;

    @GET
    @Path("/poverty")
    @Operation(operationId = "getPovertyReport",
            summary = "Poverty report of a province, district (also a former one) or commune for a list year",
            description = "The list of year L comes from the periodic review of late L−1 and measures the plan of"
                    + " L−1: start, inflows and outflows by kind, end, rates over the reported resident households,"
                    + " the change in points against the previous list, and each target met or not on exact rates.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PovertyReport.class),
            examples = @ExampleObject(name = "commune", summary = "Đàm Thủy, the list of 2026",
                    value = ReportExamples.POVERTY)))
    @APIResponse(responseCode = "404", description = NO_SUCH_UNIT, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no-such-unit",
                    value = ReportExamples.NO_SUCH_UNIT_POVERTY)))
    public PovertyReport poverty(
            @Parameter(example = "01501") @QueryParam("unit") @NotNull(message = "is required") @Pattern(regexp = UNIT, message = "must be a GSO code of 2, 3 or 5 digits") String unit,
            @Parameter(example = "2026") @QueryParam("listYear") @NotNull(message = "is required") @Min(value = 2022, message = "must be 2022 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer listYear) {
        return povertyReports.of(unit, listYear);
    }

    @GET
    @Path("/spending")
    @Operation(operationId = "getSpendingReport",
            summary = "Money of a unit's plans for a year: proposed, assigned, disbursed, by fund type and project")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpendingReport.class),
            examples = @ExampleObject(name = "district", summary = "Trùng Khánh, 2023 (areas abridged)",
                    value = ReportExamples.SPENDING)))
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed: the problem names it")
    @APIResponse(responseCode = "404", description = NO_SUCH_UNIT, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no-such-unit",
                    value = ReportExamples.NO_SUCH_UNIT_SPENDING)))
    public SpendingReport spending(
            @Parameter(example = "04") @QueryParam("unit") @NotNull(message = "is required") @Pattern(regexp = UNIT, message = "must be a GSO code of 2, 3 or 5 digits") String unit,
            @Parameter(example = "2025") @QueryParam("year") @NotNull(message = "is required") @Min(value = 2021, message = "must be 2021 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year) {
        return spendingReports.of(unit, year);
    }

    @GET
    @Path("/province")
    @Operation(operationId = "getProvinceOverview",
            summary = "The province overview for a plan year: its districts, or its communes and wards after the"
            + " 2025 reform", description = "Rates from the list of year + 1 and their change, targets met, money and"
                    + " disbursement rates. Until the 2025 reform (plan years to 2024) grouping is DISTRICTS: a row per"
                    + " district, with its communes. From plan year 2025, whose list the 56 communes and wards"
                    + " reviewed, grouping is COMMUNES: every commune and ward of the province on 31 December, the"
                    + " former districts as an optional grouping, the money no commune received as agency rows (the"
                    + " district agencies' of 2025, the province's), and the province's rate per list year with its"
                    + " plans' target path.")
    @APIResponse(responseCode = "200", description = "The overview", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvinceOverview.class),
            examples = @ExampleObject(name = "after the reform",
                    summary = "Cao Bằng, 2025 (communes and former districts abridged)",
                    value = ReportExamples.PROVINCE)))
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed, or the unit is no"
            + " province: the problem names it")
    @APIResponse(responseCode = "404", description = NO_SUCH_UNIT, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no-such-unit",
                    value = ReportExamples.NO_SUCH_UNIT_PROVINCE)))
    public ProvinceOverview province(
            @Parameter(example = "04") @QueryParam("unit") @NotNull(message = "is required") @Pattern(regexp = "\\d{2}", message = "must be a province code of 2 digits") String unit,
            @Parameter(example = "2025") @QueryParam("year") @NotNull(message = "is required") @Min(value = 2021, message = "must be 2021 or later") @Max(value = 2099, message = "must be 2099 or earlier") Integer year) {
        return provinceOverviews.of(unit, year);
    }

    @GET
    @Path("/district")
    @Produces({ MediaType.APPLICATION_JSON, ReportFormats.XLSX, ReportFormats.CSV })
    @Operation(operationId = "getDistrictReport",
            summary = "The district report: poverty (the list of year + 1) and money of the plan year",
            description = "What the province asks of a district for a plan year: the list recognised at the end of"
                    + " the year against the plan's targets, and the money of the year's plans. JSON, or an XLSX"
                    + " workbook or CSV by Accept or ?format=xlsx|csv.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistrictReport.class),
                    examples = @ExampleObject(name = "district", summary = "Trùng Khánh, 2023 (communes abridged)",
                            value = ReportExamples.DISTRICT)),
            @Content(mediaType = ReportFormats.XLSX), @Content(mediaType = ReportFormats.CSV) })
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed: the problem names it")
    @APIResponse(responseCode = "404", description = NO_SUCH_UNIT, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no-such-unit",
                    value = ReportExamples.NO_SUCH_UNIT_DISTRICT)))
    public Response district(
            @Parameter(example = "047") @QueryParam("unit") @NotNull(message = "is required") @Pattern(regexp = UNIT, message = "must be a GSO code of 2, 3 or 5 digits") String unit,
            @Parameter(example = "2023") @QueryParam("year") @NotNull(message = "is required") @Min(value = 2021, message = "must be 2021 or later") @Max(value = 2099, message = "must be 2099 or earlier") Integer year,
            @Parameter(description = "json, xlsx or csv; overrides Accept") @QueryParam("format") @Pattern(regexp = "json|xlsx|csv", message = "must be json, xlsx or csv") String format,
            @Context HttpHeaders headers) {
        DistrictReport report = districtReports.of(unit, year);
        String chosen = format != null ? format : accepts(headers, ReportFormats.XLSX) ? "xlsx"
                : accepts(headers, ReportFormats.CSV) ? "csv" : "json";
        String file = "bao-cao-giam-ngheo-" + unit + "-" + year;
        return switch (chosen) {
            case "xlsx" -> Response.ok(ReportFormats.xlsx(report), ReportFormats.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"").build();
            case "csv" -> Response.ok(ReportFormats.csv(report), ReportFormats.CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"").build();
            default -> Response.ok(report, MediaType.APPLICATION_JSON).build();
        };
    }

    @GET
    @Path("/forms")
    @Produces({ ReportFormats.XLSX, "application/problem+json" })
    @Operation(operationId = "getSummaryForms",
            summary = "The summary forms of a review for a commune, a district of the years before the reform or"
            + " the province (XLSX)", description = "The Ministry's report tables of a list (mẫu 7.1 results, 7.2 and"
                    + " 7.3 changes of the poor and near-poor lists, 7.4 and 7.5 their deprivations by indicator, of"
                    + " TT 07/2021/TT-BLĐTBXH), one sheet each, in the official layout: the units under I Khu vực"
                    + " thành thị and II Khu vực nông thôn, III the total; the figures are the poverty report's of the"
                    + " same unit and list. The layout is chosen by list year; its notes sheet gives its source and"
                    + " marks every heading no public source confirms [U] (no form of the 2026–2030 guidance is"
                    + " published: the lists from 2027 keep the TT 07 layout with the new standard's indicators).")
    @APIResponse(responseCode = "200", description = "The workbook")
    @APIResponse(responseCode = "400", description = "No layout of the forms for that list year")
    @APIResponse(responseCode = "404", description = NO_SUCH_UNIT, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no-such-unit",
                    value = ReportExamples.NO_SUCH_UNIT_FORMS)))
    public Response forms(
            @Parameter(example = "04") @QueryParam("unit") @NotNull(message = "is required") @Pattern(regexp = UNIT, message = "must be a GSO code of 2, 3 or 5 digits") String unit,
            @Parameter(example = "2027") @QueryParam("listYear") @NotNull(message = "is required") @Min(value = 2022, message = "must be 2022 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer listYear) {
        if (!vn.giamngheo.reporting.domain.ReviewForms.covers(listYear)) {
            var layouts = vn.giamngheo.reporting.domain.ReviewForms.layouts();
            throw vn.giamngheo.platform.web.problem.ProblemException.invalidField("listYear", "no layout of the"
                    + " summary forms is known for the list of " + listYear + "; the forms data covers the lists of "
                    + layouts.get(0).firstListYear() + "–" + layouts.get(layouts.size() - 1).lastListYear());
        }
        PovertyReport report = povertyReports.of(unit, listYear);
        byte[] xlsx = ReviewFormsWorkbook.xlsx(report, vn.giamngheo.reporting.report.ReportUnits.areaTypes(report));
        return Response.ok(xlsx, ReportFormats.XLSX).header("Content-Disposition", "attachment; filename=\"bieu-tong-hop-"
                + unit + "-danh-sach-" + listYear + ".xlsx\"").build();
    }

    private static boolean accepts(HttpHeaders headers, String type) {
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(m -> !m.isWildcardType() && type.equals(m.getType() + "/" + m.getSubtype()));
    }
}

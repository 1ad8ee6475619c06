package vn.giamngheo.household.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.giamngheo.household.registry.PolicyLists;
import vn.giamngheo.platform.web.problem.Problem;

/** The lists other programs need: recent exits, health-insurance co-payment lists, low-income workers. */
@Path("/api/v1/policy-lists")
@Tag(name = "Policy lists", description = "Lists for other programs, each with its legal basis; personal data only"
        + " for the roles that see it, every list drawn audited")
public class PolicyListResource {

    @Inject
    PolicyLists lists;

    /** A list and what it is drawn on. */
    public record ListPage(String list, String title, String legalBasis, String area, LocalDate from, LocalDate to,
            Integer listYear, boolean personalData, List<PolicyLists.Column> columns,
            List<java.util.Map<String, Object>> rows, int page, int size) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPolicyLists", summary = "The lists that can be drawn, with their legal basis")
    @APIResponse(responseCode = "200", description = "The lists")
    public List<PolicyLists.Definition> definitions() {
        return PolicyLists.definitions();
    }

    @GET
    @Path("/{list}")
    @Produces({ MediaType.APPLICATION_JSON, PolicyListFormats.CSV, PaperFormats.XLSX, Problem.MEDIA_TYPE })
    @io.quarkus.security.Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "drawPolicyList", summary = "Draw a list for an area",
            description = "recent-exits: households that left poverty or near-poverty between from and to (the"
                    + " decision's day, the class before and after). health-insurance: the members of the poor and"
                    + " near-poor households of listYear, with the state's share. low-income-workers: the members aged"
                    + " 15 or more of the households listYear's reviews found low-income. JSON pages, or the whole"
                    + " list as csv or xlsx. Names, identity numbers and villages only for officers; audited.")
    @APIResponse(responseCode = "200", description = "The list")
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed for this area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such list",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response draw(
            @Parameter(example = "health-insurance") @PathParam("list") @Pattern(regexp = "[a-z-]{1,40}", message = "must be recent-exits, health-insurance or low-income-workers") String list,
            @Parameter(description = "a commune, district or province code", example = "01501") @QueryParam("area") @NotNull(message = "is required") @Pattern(regexp = "\\d{2}|\\d{3}|\\d{5}", message = "must be a province (2 digits), district (3) or commune (5) code") String area,
            @Parameter(description = "recent-exits: the period's first day", example = "2026-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "recent-exits: the period's last day", example = "2026-12-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "health-insurance, low-income-workers: the list's year", example = "2027") @QueryParam("listYear") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer listYear,
            @Parameter(description = "json (a page), csv or xlsx (the whole list)") @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|csv|xlsx", message = "must be json, csv or xlsx") String format,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "must be at most 100000") int page,
            @QueryParam("size") @DefaultValue("100") @Min(value = 1, message = "must be 1 or more") @Max(value = 1000, message = "must be at most 1000") int size) {
        boolean whole = !"json".equals(format);
        PolicyLists.Drawn d = lists.draw(list, area, from, to, listYear, format, page, whole ? 0 : size);
        String name = d.definition().code() + "-" + area + (listYear != null ? "-" + listYear : "");
        return switch (format) {
            case "csv" -> Response.ok(PolicyListFormats.csv(d), PolicyListFormats.CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
            case "xlsx" -> Response.ok(PolicyListFormats.xlsx(d), PaperFormats.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
            default -> Response.ok(new ListPage(d.definition().code(), d.definition().title(),
                    d.definition().legalBasis(), area, from, to, listYear, d.personal(), d.columns(), d.rows(), page,
                    size), MediaType.APPLICATION_JSON).build();
        };
    }
}

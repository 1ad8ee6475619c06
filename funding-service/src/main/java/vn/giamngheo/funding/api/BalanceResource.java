package vn.giamngheo.funding.api;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.giamngheo.funding.domain.LineRevisionConflict;
import vn.giamngheo.funding.ledger.BalanceReport;
import vn.giamngheo.funding.ledger.Balances;
import vn.giamngheo.funding.ledger.BudgetLineView;
import vn.giamngheo.funding.ledger.BudgetLines;

/** Budget lines and balances: proposed, assigned, disbursed, remaining, and the disbursement rates. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Balances", description = "Money of the plans against the plans")
public class BalanceResource {

    @Inject
    BudgetLines budgetLines;

    @Inject
    Balances balances;

    @GET
    @Path("/budget-lines")
    @Operation(operationId = "listBudgetLines",
            summary = "List the approved budget lines of a plan, or of an area's plans for a year")
    @APIResponse(responseCode = "200", description = "Lines with proposed, allocated and disbursed amounts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = BudgetLineView.class),
                    examples = @ExampleObject(name = "Trùng Khánh 2023, DA1.TDA1", value = FundingApiExamples.LINES)))
    public List<BudgetLineView> lines(@QueryParam("planId") UUID planId,
            @Parameter(example = "04") @QueryParam("area") @Pattern(regexp = "^(\\d{2}|\\d{3}|\\d{5})$", message = "must be a GSO code of 2, 3 or 5 digits") String area,
            @Parameter(example = "2023") @QueryParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year) {
        return budgetLines.lines(planId, area, year);
    }

    @GET
    @Path("/budget-lines/conflicts")
    @Operation(operationId = "listBudgetLineConflicts",
            summary = "Lines that a plan revision lowered below what was already allocated")
    @APIResponse(responseCode = "200", description = "The conflicts, oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = LineRevisionConflict.class),
            examples = @ExampleObject(name = "a line lowered below its allocations", value = FundingApiExamples.CONFLICTS)))
    public List<LineRevisionConflict> conflicts(@QueryParam("planId")
            @NotNull(message = "is required: the plan whose revisions are checked") UUID planId) {
        return budgetLines.conflicts(planId);
    }

    @GET
    @Path("/balances")
    @Operation(operationId = "getBalances",
            summary = "Balances and disbursement rates of one plan, or of an area's plans",
            description = "Total, by fund type (the official rate disbursed ÷ assigned, ĐTPT and SN apart), by"
                    + " project, by implementing unit and by line; rates are exact fractions with a rounded"
                    + " percentage for display.")
    @APIResponse(responseCode = "200", description = "The balances", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BalanceReport.class),
            examples = @ExampleObject(name = "Trùng Khánh 2023 (DA1.TDA1 shown)", value = FundingApiExamples.BALANCES)))
    public BalanceReport balances(@Parameter(description = "One plan; otherwise every plan of the area") @QueryParam("planId") UUID planId,
            @Parameter(description = "GSO code; default the caller's own area", example = "04") @QueryParam("area") @Pattern(regexp = "^(\\d{2}|\\d{3}|\\d{5})$", message = "must be a GSO code of 2, 3 or 5 digits") String area,
            @Parameter(example = "2023") @QueryParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year) {
        return balances.of(planId, area, year);
    }
}

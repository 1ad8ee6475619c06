package vn.giamngheo.household.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.giamngheo.household.registry.MovementCounts;

/**
 * The registry's counts of moves onto and off the lists, for the reconciliation of reporting-service's read models.
 * Public like the reports that show the same figures: aggregates by commune, no household named.
 */
@Path("/api/v1/registry/movement-counts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registry counts", description = "Aggregates the reports are reconciled with")
public class MovementCountsResource {

    @Inject
    MovementCounts movementCounts;

    @GET
    @Operation(operationId = "countListMovements",
            summary = "Count the moves onto and off the lists of a list year, by commune (aggregates only)",
            description = "The registry's own count of its published status changes, in the cells of the reports'"
                    + " movement table (commune, list, IN or OUT, kind): reporting-service compares its read models"
                    + " with it. No household is named; the figures are those the public reports show.")
    @APIResponse(responseCode = "200", description = "One row per commune, list, direction and kind", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementCounts.Cell[].class),
            examples = @ExampleObject(name = "list of 2026", value = """
                    [{"communeCode":"01477","listYear":2026,"status":"NEAR_POOR","direction":"IN","kind":"FROM_POOR",
                      "households":9},
                     {"communeCode":"01477","listYear":2026,"status":"POOR","direction":"OUT","kind":"FROM_POOR",
                      "households":9},
                     {"communeCode":"01501","listYear":2026,"status":"NEAR_POOR","direction":"IN","kind":"NEW",
                      "households":4},
                     {"communeCode":"01501","listYear":2026,"status":"POOR","direction":"OUT","kind":"EXIT",
                      "households":31}]""")))
    @APIResponse(responseCode = "400", description = "No list year, or one out of range")
    public List<MovementCounts.Cell> movementCounts(@Parameter(description = "The list year", example = "2024")
            @QueryParam("listYear") @NotNull(message = "is required") @Min(value = 2000, message = "must be 2000 or later")
            @Max(value = 2100, message = "must be 2100 or earlier") Integer listYear) {
        return movementCounts.of(listYear);
    }
}

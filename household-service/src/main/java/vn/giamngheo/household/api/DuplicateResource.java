package vn.giamngheo.household.api;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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
import vn.giamngheo.household.changes.DuplicateResolution;
import vn.giamngheo.household.changes.ResolveDuplicates;
import vn.giamngheo.household.registry.PossibleDuplicates;

/** Members without an identity number who may be registered twice, and their resolution. */
@Path("/api/v1/possible-duplicates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Possible duplicates", description = "One person, one household: members without an identity number"
        + " with the same name (without diacritics), birth year and village as another household's")
@APIResponse(responseCode = "400", description = "Invalid request: the fields to fix are listed")
@APIResponse(responseCode = "403", description = "Not allowed for this role or commune")
public class DuplicateResource {

    /**
     * One person registered twice: the same name without diacritics, birth year and village. Open and ending with a
     * comma: each state below adds its status and resolution.
     */
    private static final String PAIR = """
            {"id":"a3f5c8e1-7d24-4b96-8e0a-5c2d9f1b6e47","communeCode":"01501",
             "foundAt":"2026-11-18T07:41:22.905Z",
             "member":{"memberId":"0b7f6c1e-2f7d-4c39-9a51-3c1f1e0d9a11","fullName":"Hoàng Văn Khanh",
              "birthYear":1961,"relation":"PARENT","householdCode":"01501-6VWA9D88XL","village":"Xóm Nà Pò"},
             "other":{"memberId":"5e2d8a4f-9c13-4b70-a6e8-1f7b3d0c9a25","fullName":"Hoàng Văn Khánh",
              "birthYear":1961,"relation":"PARENT","householdCode":"01501-K7P2M9QX4T","village":"Xóm Nà Pò"},
            """;

    private static final String OPEN = PAIR + """
            "status":"OPEN","resolvedBy":null,"resolvedAt":null,"resolutionNote":null,"changeRequest":null}""";

    private static final String SAME_PERSON = PAIR + """
            "status":"SAME_PERSON","resolvedBy":"can-bo-ldtbxh-01501","resolvedAt":"2026-11-19T02:05:47.318Z",
             "resolutionNote":"Cùng một người, khai hai lần","changeRequest":"d86c3f15-2e7a-4b09-91c4-7a5e0f2b8d63"}""";

    private static final String DISTINCT = PAIR + """
            "status":"DISTINCT","resolvedBy":"can-bo-ldtbxh-01501","resolvedAt":"2026-11-19T02:05:47.318Z",
             "resolutionNote":"Hai người khác nhau, đã xác minh tại họp thôn","changeRequest":null}""";

    private static final String LIST = "[" + OPEN + "]";

    @Inject
    ResolveDuplicates duplicates;

    @GET
    @Operation(operationId = "listPossibleDuplicates",
            summary = "A commune's possible duplicates, the latest found first")
    @APIResponse(responseCode = "200", description = "The pairs", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = PossibleDuplicates.Pair.class),
            examples = @ExampleObject(name = "one open", value = LIST)))
    public List<PossibleDuplicates.Pair> list(
            @Parameter(example = "01501") @QueryParam("commune") @NotNull(message = "is required") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String commune,
            @Parameter(description = "OPEN, SAME_PERSON or DISTINCT") @QueryParam("status") @Pattern(regexp = "OPEN|SAME_PERSON|DISTINCT", message = "must be OPEN, SAME_PERSON or DISTINCT") String status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "must be at most 100000") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be 1 or more") @Max(value = 500, message = "must be at most 500") int size) {
        return duplicates.list(commune, status, page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPossibleDuplicate", summary = "Read a possible duplicate")
    @APIResponse(responseCode = "200", description = "The pair", content = @Content(
            schema = @Schema(implementation = PossibleDuplicates.Pair.class),
            examples = @ExampleObject(name = "open", value = OPEN)))
    @APIResponse(responseCode = "404", description = "No such pair")
    public PossibleDuplicates.Pair get(@PathParam("id") UUID id) {
        return duplicates.get(id);
    }

    @POST
    @Path("/{id}/resolution")
    @Operation(operationId = "resolvePossibleDuplicate", summary = "Resolve a possible duplicate",
            description = "DISTINCT: two people. SAME_PERSON: the record removeMemberId leaves its household by a"
                    + " MEMBER_REMOVED change request (reason DUPLICATE) that the chair approves. Audited.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "two people", value = """
                    {"resolution":"DISTINCT","note":"Hai người khác nhau, đã xác minh tại họp thôn"}"""),
            @ExampleObject(name = "the same person", value = """
                    {"resolution":"SAME_PERSON","note":"Cùng một người, khai hai lần",
                     "removeMemberId":"0b7f6c1e-2f7d-4c39-9a51-3c1f1e0d9a11"}""") }))
    @APIResponse(responseCode = "200", description = "The pair as resolved", content = @Content(
            schema = @Schema(implementation = PossibleDuplicates.Pair.class), examples = {
                @ExampleObject(name = "two people", value = DISTINCT),
                @ExampleObject(name = "the same person", value = SAME_PERSON) }))
    @APIResponse(responseCode = "409", description = "Resolved already, or the record cannot simply leave")
    public PossibleDuplicates.Pair resolve(@PathParam("id") UUID id, DuplicateResolution resolution) {
        return duplicates.resolve(id, resolution);
    }
}

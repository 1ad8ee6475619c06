package vn.giamngheo.household.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.household.registry.FindUnits;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.web.problem.Problem;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.rules.DateBounds;

/**
 * The administrative units of the province, dated, for commune apps and other systems: public reference data, the
 * same for everybody, so cacheable (an ETag per answer; a day's max-age).
 */
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "The province's administrative units before and after the 2025 reform")
public class UnitResource {

    private static final CacheControl A_DAY = CacheControl.valueOf("public, max-age=86400");

    @Inject
    FindUnits units;

    @Inject
    ObjectMapper mapper;

    /** Units valid on a date. */
    public record UnitList(@Schema(required = true) LocalDate date,
            @Schema(required = true) int count,
            @Schema(required = true) List<FindUnits.Unit> items) {
    }

    @GET
    @Operation(operationId = "listUnits", summary = "List the units valid on a date",
            description = "By parent and level, and by name typed with or without diacritics (\"dam thuy\" finds"
                    + " Xã Đàm Thủy and Xã Đàm Thuỷ). On 2025-06-30 the province has 10 districts and 161 communes,"
                    + " wards and towns; from 2025-07-01, 56 communes and wards directly under it.")
    @APIResponse(responseCode = "200", description = "The units, by code",
            content = @Content(schema = @Schema(implementation = UnitList.class), examples = @ExampleObject(
                    name = "communes found by name", value = """
                            {"date":"2026-11-30","count":1,"items":[{"code":"01501","name":"Xã Đàm Thủy",
                             "level":"COMMUNE","parentCode":"04","areaType":"RURAL","validFrom":"2025-07-01",
                             "validTo":null,"source":"NQ 1657/NQ-UBTVQH15 [C]"}]}""")))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "A parameter of the wrong form",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "The day (default today)", example = "2025-06-30") @QueryParam("date") LocalDate date,
            @Parameter(description = "GSO code of the parent", example = "04") @QueryParam("parent")
            @Pattern(regexp = "\\d{2}|\\d{3}|\\d{5}", message = "must be a GSO code of 2, 3 or 5 digits") String parent,
            @Parameter(description = "PROVINCE, DISTRICT or COMMUNE", example = "COMMUNE") @QueryParam("level")
            @Pattern(regexp = "PROVINCE|DISTRICT|COMMUNE", message = "must be PROVINCE, DISTRICT or COMMUNE") String level,
            @Parameter(description = "Part of the name, with or without diacritics", example = "dam thuy") @QueryParam("q")
            @Size(max = 100, message = "must be at most 100 characters") String q,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        LocalDate on = day(date);
        List<FindUnits.Unit> found = units.valid(on, parent, level == null ? null : UnitLevel.valueOf(level), q);
        return cacheable(new UnitList(on, found.size(), found), ifNoneMatch);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getUnit", summary = "Read one unit with what it was formed from and what it became",
            description = "The unit as it was on the date (or on its last day, for a unit that had ended by then), the"
                    + " units it was formed from and the units it became, each with the reform's date.")
    @APIResponse(responseCode = "200", description = "The unit", content = @Content(
            schema = @Schema(implementation = FindUnits.UnitDetail.class), examples = @ExampleObject(
                    name = "Đàm Thủy", value = """
                            {"unit":{"code":"01501","name":"Xã Đàm Thủy","level":"COMMUNE","parentCode":"04",
                             "areaType":"RURAL","validFrom":"2025-07-01","validTo":null,"source":"NQ 1657/NQ-UBTVQH15 [C]"},
                             "predecessors":[{"code":"01495","name":"Xã Đàm Thuỷ","effective":"2025-07-01"},
                              {"code":"01501","name":"Xã Chí Viễn","effective":"2025-07-01"},
                              {"code":"01507","name":"Xã Phong Châu","effective":"2025-07-01"}],"successors":[]}""")))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No unit had this code by that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response one(
            @Parameter(description = "GSO code", example = "01501") @PathParam("code")
            @Pattern(regexp = "\\d{2}|\\d{3}|\\d{5}", message = "must be a GSO code of 2, 3 or 5 digits") String code,
            @Parameter(description = "The day (default today)", example = "2026-11-30") @QueryParam("date") LocalDate date,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        LocalDate on = day(date);
        FindUnits.UnitDetail unit = units.one(code, on).orElseThrow(() -> ProblemException.notFound(
                "No unit had the code " + code + " by " + on + ". List the units of a date with GET /api/v1/units."));
        return cacheable(unit, ifNoneMatch);
    }

    private static LocalDate day(LocalDate date) {
        LocalDate today = LocalDate.now();
        LocalDate on = date == null ? today : date;
        DateBounds.refusal(on, today, DateBounds.YEARS_AHEAD).ifPresent(refusal -> {
            throw ProblemException.invalidField("date", refusal);
        });
        return on;
    }

    private Response cacheable(Object body, String ifNoneMatch) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        EntityTag tag = new EntityTag(sha256(json));
        if (ifNoneMatch != null && ifNoneMatch.replace("\"", "").strip().equals(tag.getValue())) {
            return Response.notModified(tag).cacheControl(A_DAY).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(A_DAY).build();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

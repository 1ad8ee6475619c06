package vn.giamngheo.platform.web.audit;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.rules.DateBounds;
import vn.giamngheo.platform.web.security.Caller;

/** The service's audit trail, for auditors, within their area. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when, before and after")
@SecurityRequirement(name = "bearer")
public class AuditResource {

    @Inject
    AuditQuery query;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "readAuditTrail", summary = "Read the audit trail of an area",
            description = "Entries of changes to units within the area as it stood on the given date, newest first."
                    + " The area must lie within the auditor's own area on that date (the unit hierarchy changed on"
                    + " 2025-07-01, and some codes name another unit since).")
    @APIResponse(responseCode = "200", description = "A page of entries", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditPage.class),
            examples = @ExampleObject(name = "a change request approved", value = """
                    {"page": 0, "size": 50, "total": 1, "items": [{"id": 4127,
                      "occurredAt": "2026-11-18T09:42:07.318Z", "actor": "chu-tich-damthuy",
                      "actorRoles": "commune-chair", "actorArea": "01501", "action": "APPROVE",
                      "entityType": "change-request", "entityId": "6f1c2f0e-8a53-4d1e-9a57-2b8e0c7d4a11",
                      "areaPath": "/04/01501/", "before": {"status": "PROPOSED"},
                      "after": {"status": "APPROVED", "kind": "MEMBER_ADDED", "household": "01501-6VWA9D88XL"},
                      "lateEntry": false}]}
                    """)))
    @APIResponse(responseCode = "400", description = "Invalid parameters", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an auditor, or the area is outside the auditor's")
    public AuditPage find(
            @Parameter(description = "GSO code of a province, district or commune; default the auditor's own", example = "04")
            @QueryParam("area") @Pattern(regexp = "\\d{2}|\\d{3}|\\d{5}", message = "must be a GSO code of 2, 3 or 5 digits") String area,
            @Parameter(description = "Date on which the area hierarchy is read (2000-01-01 to today); default today", example = "2023-06-30")
            @QueryParam("at") LocalDate at,
            @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "must be at most 100000") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be at least 1") @Max(value = 500, message = "must be at most 500") int size) {
        String areaCode = area == null ? caller.area() : area;
        LocalDate on = at == null ? LocalDate.now() : at;
        DateBounds.refusal(on, LocalDate.now(), 0).ifPresent(refusal -> {
            throw ProblemException.invalidField("at", refusal);
        });
        caller.requireArea(areaCode, on);
        // Only what was filed under the area as it stood on that date: the same code may name another unit later.
        return query.find(AuditTrail.areaPath(areaCode, on), entityType, entityId, page, size);
    }
}

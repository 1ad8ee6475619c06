package vn.giamngheo.household.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.giamngheo.household.dci.DciGateway;

/**
 * The DCI Social Registry API v1.0.0 (spdci.org), for registered government systems: search (sync, and async with an
 * on-search callback), subscriptions to the registry's changes with notifications, and transaction status. Bodies
 * are the specification's envelopes {signature, header, message}; errors are its {@code ack_status: ERR} responses
 * and, for 401 and 403, its HttpErrorResponse. The README's "Connecting a system" section shows a whole exchange.
 */
@Path("/dci/sr/v1/registry")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "DCI Social Registry", description = "The Digital Convergence Initiative's Social Registry API v1.0.0:"
        + " households as Group records, members as Member records, for registered systems")
@APIResponse(responseCode = "400", description = "A malformed envelope or one the sender may not send: ack_status"
        + " ERR with the specification's error code (err.request.bad, err.sender_uri.invalid, err.receiver_id.invalid,"
        + " err.version.not_supported)")
@APIResponse(responseCode = "401", description = "No valid token, or a missing or invalid signature"
        + " (err.request.unauthorized, err.signature.missing, err.signature.invalid)")
@APIResponse(responseCode = "403", description = "Not a system's token, or a sender not registered to it"
        + " (err.request.forbidden, err.sender_id.invalid)")
public class DciRegistryResource {

    private static final String SEARCH_EXAMPLE = """
            {"signature": "namespace=\\"spdci\\", kidId=\\"bhxh-caobang|bhxh-2026-1|ed25519\\", algorithm=\\"ed25519\\",\
             created=\\"1796023200\\", expires=\\"1796026800\\", headers=\\"(created) (expires) digest\\",\
             signature=\\"…\\"",
             "header": {"version": "1.0.0", "message_id": "m-20261130-0001", "message_ts": "2026-11-30T09:00:00+07:00",
                        "action": "search", "sender_id": "bhxh-caobang", "receiver_id": "giamngheo-sr-04",
                        "total_count": 1},
             "message": {"transaction_id": "t-20261130-0001",
                         "search_request": [{"reference_id": "r-1", "timestamp": "2026-11-30T09:00:00+07:00",
                           "search_criteria": {"query_type": "expression",
                             "query": {"type": "ns:org:QueryType:expression",
                                       "value": {"expression": {"collection": "Group", "query": {"$and": [
                                         {"poverty_status": {"$eq": "POOR"}}, {"list_year": {"$eq": 2027}},
                                         {"commune_code": {"$eq": "01501"}}]}}}},
                             "sort": [{"attribute_name": "household_id", "sort_order": "asc"}],
                             "pagination": {"page_size": 100, "page_number": 1}}}]}}""";
    /** The body is read as text (its signature covers it as sent) and documented as the envelope it holds. */
    private static final String ENVELOPE = "The DCI request envelope: signature, header, message (DCI Social Registry API"
            + " v1.0.0)";


    @Inject
    DciGateway gateway;

    @POST
    @Path("/sync/search")
    @Operation(operationId = "dciSyncSearch", summary = "Search the registry and get the records in the answer",
            description = "idtype-value (UIN: a member's identity number, personal; HOUSEHOLD_ID), expression or"
                    + " predicate over household_id, poverty_status, list_year, commune_code, ethnic_minority,"
                    + " group_size, exit_date. Personal fields need the system's registration for them and a purpose"
                    + " in search_criteria.authorize (or consent); such searches are audited.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.OBJECT, description = ENVELOPE),
            examples = @ExampleObject(name = "poor households of a commune's 2027 list",
            value = SEARCH_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The on-search envelope, signed by the registry")
    public Response syncSearch(String body) {
        return answer(gateway.handle("search", false, body));
    }

    @POST
    @Path("/search")
    @Operation(operationId = "dciSearch",
            summary = "Search the registry; the records are posted to header.sender_uri (on-search)",
            description = "Acknowledged at once; the answer, signed, goes to the sender_uri, which must be one of the"
                    + " callback URIs registered for the sender, and is retried until delivered.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.OBJECT, description = ENVELOPE),
            examples = @ExampleObject(name = "the same search, answered at the sender's URI",
            value = SEARCH_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "ACK, with the correlation_id of the answer to come")
    public Response search(String body) {
        return answer(gateway.handle("search", true, body));
    }

    @POST
    @Path("/subscribe")
    @Operation(operationId = "dciSubscribe",
            summary = "Subscribe to a household's or an area's changes (REGISTER events)",
            description = "filter {\"type\": \"AREA\", \"value\": \"01501\"} (or 04 for the province) or"
                    + " {\"type\": \"HOUSEHOLD_ID\", \"value\": \"01501-…\"}; notify_record_type Group. Each change of"
                    + " a household's recognised status is then notified, signed, at the sender's registered notify"
                    + " URI. The subscription's code comes in on-subscribe at the sender_uri.")
    @APIResponse(responseCode = "200", description = "ACK")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.OBJECT, description = ENVELOPE)))
    public Response subscribe(String body) {
        return answer(gateway.handle("subscribe", true, body));
    }

    @POST
    @Path("/unsubscribe")
    @Operation(operationId = "dciUnsubscribe",
            summary = "End subscriptions by their codes; the outcome comes in on-unsubscribe at the sender_uri")
    @APIResponse(responseCode = "200", description = "ACK")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.OBJECT, description = ENVELOPE)))
    public Response unsubscribe(String body) {
        return answer(gateway.handle("unsubscribe", true, body));
    }

    @POST
    @Path("/txn/status")
    @Operation(operationId = "dciTxnStatus",
            summary = "The status of an earlier transaction; the answer comes in txn-on-status at the sender_uri")
    @APIResponse(responseCode = "200", description = "ACK")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.OBJECT, description = ENVELOPE)))
    public Response txnStatus(String body) {
        return answer(gateway.handle("txn-status", true, body));
    }

    @POST
    @Path("/sync/txn/status")
    @Operation(operationId = "dciSyncTxnStatus", summary = "The status of an earlier transaction, in the answer",
            description = "By transaction_id, correlation_id or reference_id_list: each request's status and reason,"
                    + " never its records.")
    @APIResponse(responseCode = "200", description = "The txn-on-status envelope, signed by the registry")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.OBJECT, description = ENVELOPE)))
    public Response syncTxnStatus(String body) {
        return answer(gateway.handle("txn-status", false, body));
    }

    private static Response answer(DciGateway.Answer answer) {
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body()).build();
    }
}

package vn.giamngheo.household.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.giamngheo.household.dci.DciGateway;
import vn.giamngheo.household.dci.DciSchemas;

/**
 * The DCI Social Registry API v1.0.0 (spdci.org), for registered government systems: search (sync, and async with an
 * on-search callback), subscriptions to the registry's changes with notifications, and transaction status. Bodies
 * are the specification's envelopes {signature, header, message}; errors are its {@code ack_status: ERR} responses
 * and, for 401 and 403, its HttpErrorResponse. The README's "Connecting a system" section shows a whole exchange.
 * A body is read as text, as its signature covers it as sent; the document shows the envelope it holds.
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
        + " err.version.not_supported)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = DciSchemas.Acknowledgement.class),
                examples = @ExampleObject(name = "another registry", value = DciExamples.ERR)))
@APIResponse(responseCode = "401", description = "No valid token, or a missing or invalid signature"
        + " (err.request.unauthorized, err.signature.missing, err.signature.invalid)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = DciSchemas.HttpError.class),
                examples = @ExampleObject(name = "a signature that does not match",
                        value = DciExamples.SIGNATURE_INVALID)))
@APIResponse(responseCode = "403", description = "Not a system's token, or a sender not registered to it"
        + " (err.request.forbidden, err.sender_id.invalid)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = DciSchemas.HttpError.class),
                examples = @ExampleObject(name = "a sender not registered", value = DciExamples.SENDER_INVALID)))
public class DciRegistryResource {

    @Inject
    DciGateway gateway;

    @POST
    @Path("/sync/search")
    @Operation(operationId = "dciSyncSearch", summary = "Search the registry and get the records in the answer",
            description = "idtype-value (UIN: a member's identity number, personal; HOUSEHOLD_ID), expression or"
                    + " predicate over household_id, poverty_status, list_year, commune_code, ethnic_minority,"
                    + " group_size, exit_date. Personal fields need the system's registration for them and a purpose"
                    + " in search_criteria.authorize (or consent); such searches are audited.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DciSchemas.Request.class),
            examples = @ExampleObject(name = "poor households of a commune's 2026 list",
                    value = DciExamples.SYNC_SEARCH)))
    @APIResponse(responseCode = "200", description = "The on-search envelope, signed by the registry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DciSchemas.SignedAnswer.class),
                    examples = @ExampleObject(name = "two of them", value = DciExamples.SYNC_SEARCH_ANSWER)))
    public Response syncSearch(String body) {
        return answer(gateway.handle("search", false, body));
    }

    @POST
    @Path("/search")
    @Operation(operationId = "dciSearch",
            summary = "Search the registry; the records are posted to header.sender_uri (on-search)",
            description = "Acknowledged at once; the answer, signed, goes to the sender_uri, which must be one of the"
                    + " callback URIs registered for the sender, and is retried until delivered.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DciSchemas.Request.class),
            examples = @ExampleObject(name = "the same search, answered at the sender's URI",
                    value = DciExamples.SEARCH)))
    @APIResponse(responseCode = "200", description = "ACK, with the correlation_id of the answer to come",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DciSchemas.Acknowledgement.class),
                    examples = @ExampleObject(name = "acknowledged", value = DciExamples.SEARCH_ACK)))
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
    @RequestBody(content = @Content(schema = @Schema(implementation = DciSchemas.Request.class),
            examples = @ExampleObject(name = "a commune's households", value = DciExamples.SUBSCRIBE)))
    @APIResponse(responseCode = "200", description = "ACK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DciSchemas.Acknowledgement.class),
                    examples = @ExampleObject(name = "acknowledged", value = DciExamples.SUBSCRIBE_ACK)))
    public Response subscribe(String body) {
        return answer(gateway.handle("subscribe", true, body));
    }

    @POST
    @Path("/unsubscribe")
    @Operation(operationId = "dciUnsubscribe",
            summary = "End subscriptions by their codes; the outcome comes in on-unsubscribe at the sender_uri")
    @RequestBody(content = @Content(schema = @Schema(implementation = DciSchemas.Request.class),
            examples = @ExampleObject(name = "one subscription", value = DciExamples.UNSUBSCRIBE)))
    @APIResponse(responseCode = "200", description = "ACK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DciSchemas.Acknowledgement.class),
                    examples = @ExampleObject(name = "acknowledged", value = DciExamples.UNSUBSCRIBE_ACK)))
    public Response unsubscribe(String body) {
        return answer(gateway.handle("unsubscribe", true, body));
    }

    @POST
    @Path("/txn/status")
    @Operation(operationId = "dciTxnStatus",
            summary = "The status of an earlier transaction; the answer comes in txn-on-status at the sender_uri")
    @RequestBody(content = @Content(schema = @Schema(implementation = DciSchemas.Request.class),
            examples = @ExampleObject(name = "an earlier search", value = DciExamples.TXN_STATUS)))
    @APIResponse(responseCode = "200", description = "ACK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DciSchemas.Acknowledgement.class),
                    examples = @ExampleObject(name = "acknowledged", value = DciExamples.TXN_STATUS_ACK)))
    public Response txnStatus(String body) {
        return answer(gateway.handle("txn-status", true, body));
    }

    @POST
    @Path("/sync/txn/status")
    @Operation(operationId = "dciSyncTxnStatus", summary = "The status of an earlier transaction, in the answer",
            description = "By transaction_id, correlation_id or reference_id_list: each request's status and reason,"
                    + " never its records.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DciSchemas.Request.class),
            examples = @ExampleObject(name = "an earlier search", value = DciExamples.SYNC_TXN_STATUS)))
    @APIResponse(responseCode = "200", description = "The txn-on-status envelope, signed by the registry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DciSchemas.SignedAnswer.class),
                    examples = @ExampleObject(name = "its requests answered",
                            value = DciExamples.SYNC_TXN_STATUS_ANSWER)))
    public Response syncTxnStatus(String body) {
        return answer(gateway.handle("txn-status", false, body));
    }

    private static Response answer(DciGateway.Answer answer) {
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body()).build();
    }
}

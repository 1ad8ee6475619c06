package vn.giamngheo.household.dci;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of the DCI bodies and of the registry's tables as the API shows them, for the OpenAPI document only: the
 * code reads and writes them as JSON trees and rows (the signature covers the body as sent, and the specification's
 * envelopes carry more than this registry reads), so these records say what those trees hold. Field names are the
 * wire's. The specification (the Social Registry API v1.0.0, spdci.org) has each envelope in full.
 */
public final class DciSchemas {

    private DciSchemas() {
    }

    /** The specification's request envelope, as {@link Envelopes} checks it. */
    @Schema(name = "DciRequest", description = "A request envelope of the DCI Social Registry API v1.0.0: the signature"
            + " of header and message, the header, the action's message")
    public record Request(
            @Schema(required = true, description = "The specification's MsgSignature:"
                    + " namespace=\"spdci\", kidId=\"{sender_id}|{key_id}|ed25519\", algorithm, created, expires,"
                    + " headers=\"(created) (expires) digest\", signature — Ed25519 over the three lines (created),"
                    + " (expires) and digest: SHA-256 of the RFC 8785 canonical JSON of {header, message}; valid for"
                    + " at most an hour")
            String signature,
            @Schema(required = true) RequestHeader header,
            @Schema(required = true, description = "The action's message, per the specification:"
                    + " SearchRequest, SubscribeRequest, UnSubscribeRequest or TxnStatusRequest")
            Map<String, Object> message) {
    }

    @Schema(name = "DciRequestHeader", description = "The specification's MsgHeader: who sends what to whom")
    public record RequestHeader(
            @Schema(enumeration = Envelopes.VERSION, description = "The only version this registry speaks")
            String version,
            @Schema(required = true, maxLength = 200, description = "Unique for the sender:"
                    + " a message sent again under its id is answered as the first time") String message_id,
            @Schema(required = true, format = "date-time") String message_ts,
            @Schema(required = true, enumeration = { "search", "subscribe", "unsubscribe",
                "txn-status" }, description = "The endpoint's action") String action,
            @Schema(required = true, maxLength = Envelopes.MOST_ID_LENGTH, description = "The"
                    + " system's id, as the province registered it") String sender_id,
            @Schema(format = "uri", description = "Where the answer to an async request goes: one of the callback"
                    + " URIs registered for the sender (required for async requests)") String sender_uri,
            @Schema(maxLength = Envelopes.MOST_ID_LENGTH, description = "This registry, giamngheo-sr-04, when named")
            String receiver_id,
            @Schema(required = true, minimum = "0", description = "The number of requests in the"
                    + " message") int total_count,
            @Schema(description = "Must be false: the registry takes messages in clear over TLS")
            Boolean is_msg_encrypted,
            Map<String, Object> meta) {
    }

    /** The answer of a sync request, as {@code DciGateway.sign} makes it. */
    @Schema(name = "DciSignedAnswer", description = "The registry's answer envelope (on-search, txn-on-status), signed"
            + " by the registry with the key GET /api/v1/dci/registry-key publishes")
    public record SignedAnswer(
            @Schema(required = true, description = "The registry's MsgSignature, kidId"
                    + " giamngheo-sr-04|{kid}|ed25519") String signature,
            @Schema(required = true) AnswerHeader header,
            @Schema(required = true) AnswerMessage message) {
    }

    @Schema(name = "DciAnswerHeader", description = "The specification's MsgCallbackHeader")
    public record AnswerHeader(
            @Schema(required = true, enumeration = Envelopes.VERSION) String version,
            @Schema(required = true) String message_id,
            @Schema(required = true, format = "date-time") String message_ts,
            @Schema(required = true, enumeration = { "on-search", "txn-on-status" })
            String action,
            @Schema(required = true, enumeration = { "succ", "rjct" }, description = "succ when"
                    + " at least one request of the message was answered, rjct when all were refused") String status,
            @Schema(maxLength = 999, description = "Why a transaction status was refused") String status_reason_message,
            @Schema(required = true, minimum = "0") int total_count,
            @Schema(required = true, minimum = "0") int completed_count,
            @Schema(required = true, description = "This registry") String sender_id,
            @Schema(required = true, description = "The system that asked") String receiver_id,
            @Schema(required = true) boolean is_msg_encrypted) {
    }

    @Schema(name = "DciAnswerMessage", description = "The specification's SearchResponse (search_response) or"
            + " TxnStatusResponse (txnstatus_response), under the request's transaction_id and the registry's"
            + " correlation_id")
    public record AnswerMessage(
            @Schema(required = true) String transaction_id,
            @Schema(required = true) String correlation_id,
            @Schema(description = "One item per search request, in the order asked: its status (succ or rjct with the"
                    + " reason code), its records, its page") List<Map<String, Object>> search_response,
            @Schema(description = "The transaction asked about: each of its requests' status and reason, never its"
                    + " records") Map<String, Object> txnstatus_response) {
    }

    /** The specification's {@code Response}: an async request's ACK, or the ERR of a request refused. */
    @Schema(name = "DciAcknowledgement", description = "The specification's Response: ACK (the answer will come at"
            + " header.sender_uri), or ERR with the error")
    public record Acknowledgement(@Schema(required = true) Ack message) {
    }

    @Schema(name = "DciAck")
    public record Ack(
            @Schema(required = true, enumeration = { "ACK", "ERR" }) String ack_status,
            @Schema(required = true, format = "date-time") String timestamp,
            @Schema(required = true, description = "The registry's id for the request: the"
                    + " answer's correlation_id, and the key of its transaction status") String correlation_id,
            @Schema(description = "With ERR: what was refused") ErrorDetail error) {
    }

    @Schema(name = "DciError", description = "The specification's Error")
    public record ErrorDetail(
            @Schema(required = true, enumeration = { "err.request.bad",
                "err.request.unauthorized", "err.request.forbidden", "err.request.not_found", "err.request.timeout",
                "err.version.not_supported", "err.request.too_many_requests", "err.sender_id.invalid",
                "err.sender_uri.invalid", "err.receiver_id.invalid", "err.signature.missing", "err.signature.invalid",
                "err.encryption.invalid", "err.service.unavailable" }) String code,
            @Schema(required = true, maxLength = 999) String message) {
    }

    /** A 401, 403 or 5xx: the specification's HttpErrorResponse, with the same error as an ERR beside it. */
    @Schema(name = "DciHttpError", description = "The specification's HttpErrorResponse (errors), with the same error"
            + " as an ERR acknowledgement (message): DCI clients read one or the other")
    public record HttpError(
            @Schema(required = true) Ack message,
            @Schema(required = true, minItems = 1) List<ErrorDetail> errors) {
    }

    /** A row of {@code Deliveries.list}. */
    @Schema(name = "DciDelivery", description = "A callback or notification owed to a system, delivered or not;"
            + " its body is not shown")
    public record Delivery(
            @Schema(required = true) UUID id,
            @Schema(required = true) String sender_id,
            @Schema(required = true, enumeration = { "on-search", "on-subscribe",
                "on-unsubscribe", "txn-on-status", "notify" }) String kind,
            @Schema(description = "The request it answers; none for a notification") String correlation_id,
            @Schema(description = "The subscription it notifies; none for an answer") String subscription,
            @Schema(required = true) String target_uri,
            @Schema(required = true, enumeration = { "PENDING", "DELIVERED", "UNDELIVERED" })
            String status,
            @Schema(required = true, minimum = "0") int attempts,
            @Schema(description = "What the last failed attempt met") String last_error,
            @Schema(required = true) OffsetDateTime created_at,
            OffsetDateTime delivered_at,
            @Schema(required = true, description = "When it is reported undelivered if not"
                    + " delivered by then") OffsetDateTime give_up_at) {
    }

    /** What {@code GET /api/v1/dci/registry-key} answers. */
    @Schema(name = "DciRegistryKeySet", description = "The registry's DCI id and its public signing key, as a JWK set")
    public record KeySet(
            @Schema(required = true, description = "The sender_id the registry signs as")
            String registry_id,
            @Schema(required = true, minItems = 1) List<Jwk> keys) {
    }

    @Schema(name = "Ed25519Jwk", description = "An Ed25519 public key as a JWK (RFC 8037), with its kid")
    public record Jwk(
            @Schema(required = true, enumeration = "OKP") String kty,
            @Schema(required = true, enumeration = "Ed25519") String crv,
            @Schema(required = true, pattern = "^[A-Za-z0-9_-]{43}=?$", description = "The"
                    + " 32-byte public key in base64url") String x,
            @Schema(required = true, maxLength = Envelopes.MOST_ID_LENGTH, pattern = "^[^|]+$",
                    description = "The key id a signature's kidId names after the sender id") String kid,
            @Schema(description = "sig, in the registry's key") String use,
            @Schema(description = "EdDSA, in the registry's key") String alg) {
    }

    /** An entry of {@code GET /api/v1/dci/systems}' catalogue. */
    @Schema(name = "DciAttribute", description = "An attribute a system may be registered to see and search by")
    public record Attribute(
            @Schema(required = true) String name,
            @Schema(required = true, description = "Given only on a legal basis, for a stated"
                    + " purpose") boolean personal,
            @Schema(required = true) String description) {
    }
}

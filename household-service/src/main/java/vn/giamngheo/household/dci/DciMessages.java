package vn.giamngheo.household.dci;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The specification's envelopes this registry writes: acknowledgements, errors, and the headers of its messages. */
public final class DciMessages {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DciMessages() {
    }

    public static String now() {
        return time(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** An RFC 3339 date-time, its seconds always written (toString drops them on the whole minute). */
    public static String time(OffsetDateTime t) {
        return t.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public static String newCorrelationId() {
        return "corr-" + UUID.randomUUID();
    }

    /** The {@code Response} of an async request: ACK, or ERR with its error. */
    public static ObjectNode ack(String correlationId) {
        ObjectNode body = JSON.objectNode();
        body.putObject("message").put("ack_status", "ACK").put("timestamp", now()).put("correlation_id",
                correlationId);
        return body;
    }

    public static ObjectNode err(String correlationId, String code, String message) {
        ObjectNode body = JSON.objectNode();
        ObjectNode m = body.putObject("message").put("ack_status", "ERR").put("timestamp", now())
                .put("correlation_id", correlationId);
        m.putObject("error").put("code", code).put("message", cut(message));
        return body;
    }

    /**
     * The {@code HttpErrorResponse} the specification gives for 401 and 403, its {@code errors} list, with the same
     * error as an ERR acknowledgement beside it: clients (OpenSPP's compliance suite among them) read one or the other.
     */
    public static ObjectNode httpError(String code, String message) {
        ObjectNode body = err(newCorrelationId(), code, message);
        body.putArray("errors").addObject().put("code", code).put("message", cut(message));
        return body;
    }

    /**
     * The header of a message of this registry to a system: an answer ({@code on-search}, …) or a notification.
     *
     * @param status succ when the message answers at least one request, rjct when it refuses them all
     */
    public static ObjectNode header(String action, String status, int total, String registryId, String receiverId) {
        ObjectNode h = JSON.objectNode();
        h.put("version", Envelopes.VERSION);
        h.put("message_id", "msg-" + UUID.randomUUID());
        h.put("message_ts", now());
        h.put("action", action);
        h.put("status", status);
        h.put("total_count", total);
        h.put("completed_count", total);
        h.put("sender_id", registryId);
        h.put("receiver_id", receiverId);
        h.put("is_msg_encrypted", false);
        return h;
    }

    /** {header, message}: what is signed and sent, the signature set when it is sent. */
    public static ObjectNode unsigned(ObjectNode header, JsonNode message) {
        ObjectNode envelope = JSON.objectNode();
        envelope.set("header", header);
        envelope.set("message", message);
        return envelope;
    }

    /** A value of the request as a message quotes it: never more than 40 characters of it. */
    public static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String cut(String message) {
        return message == null ? "" : message.length() > 999 ? message.substring(0, 999) : message;
    }
}

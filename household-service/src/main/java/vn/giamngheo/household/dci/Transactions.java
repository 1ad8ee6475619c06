package vn.giamngheo.household.dci;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The requests received, by the sender's message id and by our correlation id: a message sent twice is answered
 * once; the status of a transaction is answered from here, with each request's status and never its records.
 */
@ApplicationScoped
@Transactional
public class Transactions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** A request received before: its correlation id and whether it was this same request. */
    public record Received(String correlationId, boolean same, String status) {
    }

    /**
     * Records the request; when the sender sent this message id before, records nothing.
     *
     * @return empty when recorded now, else what was received under the message id
     */
    public Optional<Received> receive(String correlationId, String senderId, JsonNode header, JsonNode message,
            String action, boolean async, String status) {
        String request = message.toString();
        String digest = digest(request);
        String mode = async ? "async" : "sync";
        int inserted = em.createNativeQuery("INSERT INTO dci_transaction (correlation_id, sender_id, message_id,"
                + " transaction_id, action, mode, status, request, request_digest, received_at) VALUES (:c, :s, :m, :t,"
                + " :a, :mode, :st, :r, :d, :at) ON CONFLICT (sender_id, message_id) DO NOTHING")
                .setParameter("c", correlationId).setParameter("s", senderId)
                .setParameter("m", header.path("message_id").asText())
                .setParameter("t", message.path("transaction_id").asText()).setParameter("a", action)
                .setParameter("mode", mode).setParameter("st", status).setParameter("r", request)
                .setParameter("d", digest).setParameter("at", OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        Tuple earlier = (Tuple) em.createNativeQuery("SELECT correlation_id, request_digest, action, mode, status FROM"
                + " dci_transaction WHERE sender_id = :s AND message_id = :m", Tuple.class).setParameter("s", senderId)
                .setParameter("m", header.path("message_id").asText()).getSingleResult();
        return Optional.of(new Received(earlier.get("correlation_id", String.class),
                digest.equals(earlier.get("request_digest", String.class))
                        && action.equals(earlier.get("action", String.class))
                        && mode.equals(earlier.get("mode", String.class)), earlier.get("status", String.class)));
    }

    public void complete(String correlationId, String status, JsonNode outcome) {
        // What was asked (an identity number, maybe) is not kept once answered; its digest is.
        em.createNativeQuery("UPDATE dci_transaction SET status = :st, outcome = :o, completed_at = :at, request ="
                + " NULL WHERE correlation_id = :c").setParameter("st", status).setParameter("o", outcome.toString())
                .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC)).setParameter("c", correlationId)
                .executeUpdate();
    }

    /** The request of a transaction, for the worker that answers it. */
    public JsonNode request(String correlationId) {
        return read((String) em.createNativeQuery("SELECT request FROM dci_transaction WHERE correlation_id = :c")
                .setParameter("c", correlationId).getSingleResult());
    }

    /** A txn-on-status message, and whether the sender had the transaction it asks for. */
    public record Status(ObjectNode message, boolean found) {
    }

    /** The txn-on-status message: the transaction asked for and its requests' statuses, or none found. */
    public Status status(String senderId, JsonNode message, String correlationId) {
        JsonNode request = message.path("txnstatus_request");
        String type = request.path("txn_type").asText();
        String attribute = request.path("attribute_type").asText();
        JsonNode value = request.path("attribute_value");
        String where = switch (attribute) {
            case "correlation_id" -> "correlation_id = :v";
            case "transaction_id" -> "transaction_id = :v";
            default -> "CAST(outcome AS jsonb) @> CAST(:v AS jsonb)";
        };
        var query = em.createNativeQuery("SELECT correlation_id, transaction_id, status, outcome FROM dci_transaction"
                + " WHERE sender_id = :s AND action = :a AND " + where + " ORDER BY received_at DESC LIMIT 1",
                Tuple.class).setParameter("s", senderId).setParameter("a", type);
        if ("reference_id_list".equals(attribute)) {
            ArrayNode wanted = JSON.arrayNode();
            value.forEach(ref -> wanted.addObject().put("reference_id", ref.asText()));
            query.setParameter("v", wanted.toString());
        } else {
            query.setParameter("v", value.asText());
        }
        @SuppressWarnings("unchecked")
        List<Tuple> found = query.getResultList();
        ObjectNode out = JSON.objectNode();
        out.put("transaction_id", message.path("transaction_id").asText());
        out.put("correlation_id", correlationId);
        ObjectNode response = out.putObject("txnstatus_response");
        response.put("txn_type", type);
        ObjectNode status = response.putObject("txn_status");
        ArrayNode items = JSON.arrayNode();
        if (found.isEmpty()) {
            status.put("transaction_id", "transaction_id".equals(attribute) ? value.asText()
                    : message.path("transaction_id").asText());
            status.put("correlation_id", correlationId);
        } else {
            Tuple t = found.get(0);
            status.put("transaction_id", t.get("transaction_id", String.class));
            status.put("correlation_id", t.get("correlation_id", String.class));
            String outcome = t.get("outcome", String.class);
            if (outcome != null) {
                read(outcome).forEach(item -> {
                    ObjectNode copy = ((ObjectNode) item).deepCopy();
                    copy.remove("total_count");
                    if (!"search".equals(type)) {
                        // A subscription's reason codes are not among a search's (SearchStatusReasonCode).
                        copy.remove("status_reason_code");
                        copy.remove("subscriptions");
                    }
                    items.add(copy);
                });
            } else {
                // Received and not answered yet: each request is pending.
                String mine = t.get("status", String.class);
                request(t.get("correlation_id", String.class)).path("search_request").forEach(r -> items.addObject()
                        .put("reference_id", r.path("reference_id").asText())
                        .put("timestamp", DciMessages.now()).put("status", mine));
            }
        }
        status.set("search_response", items);
        return new Status(out, !found.isEmpty());
    }

    private static String digest(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

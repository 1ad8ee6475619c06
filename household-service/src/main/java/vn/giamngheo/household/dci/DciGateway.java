package vn.giamngheo.household.dci;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.giamngheo.platform.web.security.Caller;

/**
 * A DCI request from arrival to answer. The token was checked first (a {@code system} role); then, before anything is
 * done: the header's sender must be a registered, active system whose token user is the caller; the receiver, if
 * named, this registry; the signature the sender's; the envelope well formed for the action; an async request's
 * {@code sender_uri} one the sender registered. A refusal changes nothing. A message id sent again is answered as the
 * first time, without doing the work twice. Sync requests are answered at once; async ones are acknowledged at once
 * and answered at their {@code sender_uri} by the {@link DeliveryWorker}.
 */
@ApplicationScoped
public class DciGateway {

    /** The platform's, strict (StrictJson): a member given twice, or anything after the body, is an error. */
    @Inject
    ObjectMapper mapper;

    @Inject
    Caller caller;

    @Inject
    RegistryKey key;

    @Inject
    Transactions transactions;

    @Inject
    SearchRegistry search;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Deliveries deliveries;

    /** The HTTP status and body of an answer. */
    public record Answer(int status, JsonNode body) {
    }

    public Answer handle(String action, boolean async, String raw) {
        String correlationId = DciMessages.newCorrelationId();
        JsonNode body;
        try {
            body = raw == null || raw.isBlank() ? null : mapper.readTree(raw);
        } catch (JsonProcessingException e) {
            return bad(correlationId, "err.request.bad", "The body is not JSON: " + e.getOriginalMessage());
        }
        Envelopes.Refusal unreadable = PlainText.refusal(body);
        if (unreadable != null) {
            return bad(correlationId, unreadable.code(), unreadable.message());
        }
        JsonNode header = body == null ? null : body.path("header");
        String senderId = header == null ? "" : header.path("sender_id").asText("");
        Optional<DciSystem> system = senderId.isEmpty() ? Optional.empty() : DciSystem.active(senderId);
        if (!senderId.isEmpty()) {
            if (system.isEmpty()) {
                return new Answer(403, DciMessages.httpError("err.sender_id.invalid", "No active system is"
                        + " registered as sender " + DciMessages.shown(senderId) + ": ask the province to register it."));
            }
            if (!system.get().clientId.equals(caller.user())) {
                return new Answer(403, DciMessages.httpError("err.sender_id.invalid", "Your token is issued to "
                        + caller.user() + ", which does not speak for sender " + DciMessages.shown(senderId) + "."));
            }
            String receiver = header.path("receiver_id").asText(null);
            if (receiver != null && !receiver.equals(key.registryId())) {
                return bad(correlationId, "err.receiver_id.invalid", "receiver_id " + DciMessages.shown(receiver) + " is not this"
                        + " registry: address it as " + key.registryId() + ".");
            }
            JsonNode signature = body.path("signature");
            MessageSignatures.Refusal refusal = MessageSignatures.verify(signature.isTextual() ? signature.asText()
                    : null, senderId, system.get().keyId, system.get().publicKey(), header,
                    body.path("message"), Instant.now());
            if (refusal != null) {
                return new Answer(401, DciMessages.httpError(refusal.missing() ? "err.signature.missing"
                        : "err.signature.invalid", refusal.reason()));
            }
        }
        Envelopes.Refusal malformed = Envelopes.check(action, body);
        if (malformed != null) {
            return bad(correlationId, malformed.code(), malformed.message());
        }
        DciSystem sender = system.orElseThrow();
        JsonNode message = body.path("message");
        String senderUri = header.path("sender_uri").asText(null);
        if (async && (senderUri == null || !sender.callbackUriList().contains(senderUri))) {
            return bad(correlationId, "err.sender_uri.invalid", "Answers go only to the callback URIs registered"
                    + " for sender " + sender.senderId + " " + sender.callbackUriList() + "; header.sender_uri "
                    + (senderUri == null ? "is missing" : DciMessages.shown(senderUri) + " is not one of them") + ".");
        }
        return QuarkusTransaction.requiringNew().call(() -> async
                ? later(action, sender, header, message, senderUri, correlationId)
                : now(action, sender, header, message, correlationId));
    }

    private Answer now(String action, DciSystem sender, JsonNode header, JsonNode message, String correlationId) {
        Optional<Transactions.Received> earlier = transactions.receive(correlationId, sender.senderId, header,
                message, action, false, "pdng");
        if (earlier.isPresent()) {
            if (!earlier.get().same()) {
                return reused(correlationId, header);
            }
            // A sync request sent again is answered again, under the correlation id of its first answer.
            correlationId = earlier.get().correlationId();
        }
        ObjectNode envelope = "search".equals(action) ? searchAnswer(sender, message, correlationId).envelope()
                : statusAnswer(sender, message, correlationId);
        return new Answer(200, sign(envelope));
    }

    private Answer later(String action, DciSystem sender, JsonNode header, JsonNode message, String senderUri,
            String correlationId) {
        Optional<Transactions.Received> earlier = transactions.receive(correlationId, sender.senderId, header,
                message, action, true, "rcvd");
        if (earlier.isPresent()) {
            return earlier.get().same() ? new Answer(200, DciMessages.ack(earlier.get().correlationId()))
                    : reused(correlationId, header);
        }
        String callback = switch (action) {
            case "search" -> "on-search";
            case "subscribe" -> "on-subscribe";
            case "unsubscribe" -> "on-unsubscribe";
            default -> "txn-on-status";
        };
        ObjectNode envelope = null;
        switch (action) {
            case "search" -> {
                // Searched when it is sent: the acknowledgement does not wait for the search.
            }
            case "subscribe" -> {
                Subscriptions.Answer answer = subscriptions.subscribe(sender, message, correlationId);
                String status = answer.anySucceeded() ? "succ" : "rjct";
                transactions.complete(correlationId, status, answer.message().path("subscribe_response"));
                envelope = DciMessages.unsigned(DciMessages.header(callback, status, answer.message()
                        .path("subscribe_response").size(), key.registryId(), sender.senderId), answer.message());
            }
            case "unsubscribe" -> {
                ObjectNode answer = subscriptions.unsubscribe(sender, message, correlationId);
                String status = answer.path("status").asText();
                transactions.complete(correlationId, status, JsonNodeFactory.instance.arrayNode().add(answer
                        .deepCopy().without("transaction_id")));
                envelope = DciMessages.unsigned(DciMessages.header(callback, status, 1, key.registryId(),
                        sender.senderId), answer);
            }
            default -> envelope = statusAnswer(sender, message, correlationId);
        }
        deliveries.owe(sender.senderId, callback, correlationId, null, null, senderUri, envelope, false);
        return new Answer(200, DciMessages.ack(correlationId));
    }

    /** The answer to an async search, made when it is first sent; null when its sender is no longer registered. */
    @Transactional
    public String answerSearch(Deliveries.Due due) {
        DciSystem sender = DciSystem.active(due.senderId()).orElse(null);
        if (sender == null) {
            return null;
        }
        Made made = searchAnswer(sender, transactions.request(due.correlationId()), due.correlationId());
        String envelope = made.envelope().toString();
        if (!deliveries.made(due, envelope, made.personal())) {
            // Another attempt claimed it meanwhile: this answer, and its audit, are not kept.
            throw new IllegalStateException("delivery " + due.id() + " was claimed again while it was answered");
        }
        return envelope;
    }

    /** An answer's {header, message}, and whether it gives personal data. */
    private record Made(ObjectNode envelope, boolean personal) {
    }

    /** The on-search answer to a search message, sync or async, its transaction completed with the outcome. */
    private Made searchAnswer(DciSystem sender, JsonNode message, String correlationId) {
        SearchRegistry.Answer answer = search.answer(sender, message, correlationId);
        String status = answer.anySucceeded() ? "succ" : "rjct";
        transactions.complete(correlationId, status, answer.outcome());
        return new Made(DciMessages.unsigned(DciMessages.header("on-search", status, answer.outcome().size(),
                key.registryId(), sender.senderId), answer.message()), answer.personal());
    }

    /** The txn-on-status answer, sync or async: rjct, with the reason, when the sender has no such transaction. */
    private ObjectNode statusAnswer(DciSystem sender, JsonNode message, String correlationId) {
        Transactions.Status status = transactions.status(sender.senderId, message, correlationId);
        String outcome = status.found() ? "succ" : "rjct";
        transactions.complete(correlationId, outcome, JsonNodeFactory.instance.arrayNode());
        ObjectNode h = DciMessages.header("txn-on-status", outcome, 1, key.registryId(), sender.senderId);
        if (!status.found()) {
            JsonNode asked = message.path("txnstatus_request");
            h.put("status_reason_message", "Sender " + sender.senderId + " has no " + asked.path("txn_type").asText()
                    + " transaction of that " + asked.path("attribute_type").asText() + ".");
        }
        return DciMessages.unsigned(h, status.message());
    }

    /** {signature, header, message}, signed now with the registry's key. */
    public ObjectNode sign(JsonNode unsigned) {
        ObjectNode signed = JsonNodeFactory.instance.objectNode();
        signed.put("signature", MessageSignatures.sign(key.registryId(), key.keyId(), key.privateKey(),
                unsigned.path("header"), unsigned.path("message"), Instant.now()));
        signed.set("header", unsigned.path("header"));
        signed.set("message", unsigned.path("message"));
        return signed;
    }

    private Answer reused(String correlationId, JsonNode header) {
        return bad(correlationId, "err.request.bad", "rjct.message_id.duplicate: message_id "
                + header.path("message_id").asText() + " was used for another message; give each message its own id.");
    }

    private static Answer bad(String correlationId, String code, String message) {
        return new Answer(400, DciMessages.err(correlationId, code, message));
    }
}

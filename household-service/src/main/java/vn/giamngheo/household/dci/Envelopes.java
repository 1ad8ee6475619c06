package vn.giamngheo.household.dci;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The checks a request's envelope must pass before anything is done with it: the specification's schema for the
 * header and the action's message (required fields, the 99-character ids, timestamps with their time zone, ISO 639-3
 * locales, pages from 1), the version, and no encrypted message (this registry does not take them). Pure.
 */
public final class Envelopes {

    public static final String VERSION = "1.0.0";
    /** Items of one request: a larger batch is split by the sender. */
    public static final int MOST_ITEMS = 100;
    public static final int MOST_ID_LENGTH = 99;

    private Envelopes() {
    }

    /** An envelope refused with one of the specification's error codes. */
    public record Refusal(String code, String message) {
    }

    /** @return the refusal, or null when the envelope is well formed for the action */
    public static Refusal check(String action, JsonNode body) {
        try {
            if (body == null || !body.isObject()) {
                throw bad("The body must be a JSON object {signature, header, message}");
            }
            header(action, body.path("header"));
            JsonNode message = body.path("message");
            if (!message.isObject()) {
                throw bad("message is required: the " + action + " request's content");
            }
            switch (action) {
                case "search" -> search(message);
                case "subscribe" -> subscribe(message);
                case "unsubscribe" -> unsubscribe(message);
                case "txn-status" -> txnStatus(message);
                default -> throw new IllegalArgumentException(action);
            }
            return null;
        } catch (RefusedException e) {
            return e.refusal;
        }
    }

    private static void header(String action, JsonNode header) {
        if (!header.isObject()) {
            throw bad("header is required: {version, message_id, message_ts, action, sender_id, total_count}");
        }
        if (header.has("version") && !VERSION.equals(header.path("version").asText())) {
            throw new RefusedException(new Refusal("err.version.not_supported", "header.version "
                    + DciMessages.shown(header.path("version")) + " is not supported: this registry speaks " + VERSION));
        }
        text(header, "message_id", "header.message_id", 200);
        timestamp(header, "message_ts", "header.message_ts");
        String named = text(header, "action", "header.action", 50);
        if (!named.equals(action)) {
            throw bad("header.action is " + DciMessages.shown(named) + " but this endpoint takes " + action);
        }
        text(header, "sender_id", "header.sender_id", MOST_ID_LENGTH);
        if (header.has("receiver_id")) {
            text(header, "receiver_id", "header.receiver_id", MOST_ID_LENGTH);
        }
        JsonNode total = header.path("total_count");
        if (!total.isIntegralNumber() || total.longValue() < 0) {
            throw bad("header.total_count is required: the number of requests in the message");
        }
        if (header.has("sender_uri")) {
            uri(header.path("sender_uri"), "header.sender_uri");
        }
        if (header.path("is_msg_encrypted").asBoolean(false)) {
            throw new RefusedException(new Refusal("err.encryption.invalid", "This registry takes messages in clear"
                    + " over TLS; is_msg_encrypted must be false"));
        }
    }

    private static void search(JsonNode message) {
        text(message, "transaction_id", "message.transaction_id", MOST_ID_LENGTH);
        JsonNode items = items(message, "search_request");
        int i = 0;
        for (JsonNode item : items) {
            String at = "message.search_request[" + i++ + "]";
            item(item, at);
            JsonNode criteria = item.path("search_criteria");
            if (!criteria.isObject()) {
                throw bad(at + ".search_criteria is required");
            }
            String type = text(criteria, "query_type", at + ".search_criteria.query_type", 20);
            if (!Set.of("idtype-value", "expression", "predicate").contains(type)) {
                throw bad(at + ".search_criteria.query_type must be idtype-value, expression or predicate");
            }
            JsonNode query = criteria.path("query");
            if (!query.isObject() && !query.isArray()) {
                throw bad(at + ".search_criteria.query is required: an object or, for predicate, a list");
            }
            JsonNode pagination = criteria.path("pagination");
            if (!pagination.isMissingNode()) {
                if (!pagination.isObject() || !pagination.path("page_size").isNumber()) {
                    throw bad(at + ".search_criteria.pagination needs page_size");
                }
                positive(pagination.path("page_size"), at + ".search_criteria.pagination.page_size");
                if (pagination.has("page_number")) {
                    positive(pagination.path("page_number"), at + ".search_criteria.pagination.page_number");
                }
            }
            JsonNode sort = criteria.path("sort");
            if (!sort.isMissingNode() && !sort.isArray()) {
                throw bad(at + ".search_criteria.sort is a list of {attribute_name, sort_order}");
            }
        }
    }

    private static void subscribe(JsonNode message) {
        text(message, "transaction_id", "message.transaction_id", MOST_ID_LENGTH);
        int i = 0;
        for (JsonNode item : items(message, "subscribe_request")) {
            String at = "message.subscribe_request[" + i++ + "]";
            item(item, at);
            JsonNode criteria = item.path("subscribe_criteria");
            if (!criteria.isObject()) {
                throw bad(at + ".subscribe_criteria is required");
            }
            text(criteria, "reg_event_type", at + ".subscribe_criteria.reg_event_type", 200);
            text(criteria, "notify_record_type", at + ".subscribe_criteria.notify_record_type", 200);
            if (!criteria.path("filter").isObject() && !criteria.path("filter").isArray()) {
                throw bad(at + ".subscribe_criteria.filter is required");
            }
        }
    }

    private static void unsubscribe(JsonNode message) {
        text(message, "transaction_id", "message.transaction_id", MOST_ID_LENGTH);
        timestamp(message, "timestamp", "message.timestamp");
        JsonNode codes = items(message, "subscription_codes");
        for (JsonNode code : codes) {
            if (!code.isTextual() || code.asText().isBlank() || code.asText().length() > MOST_ID_LENGTH) {
                throw bad("message.subscription_codes holds codes of 1 to " + MOST_ID_LENGTH + " characters");
            }
        }
    }

    private static void txnStatus(JsonNode message) {
        text(message, "transaction_id", "message.transaction_id", MOST_ID_LENGTH);
        JsonNode request = message.path("txnstatus_request");
        if (!request.isObject()) {
            throw bad("message.txnstatus_request is required");
        }
        text(request, "reference_id", "message.txnstatus_request.reference_id", MOST_ID_LENGTH);
        if (!Set.of("search", "subscribe", "receipt").contains(request.path("txn_type").asText())) {
            throw bad("message.txnstatus_request.txn_type must be search, subscribe or receipt");
        }
        String type = request.path("attribute_type").asText();
        if (!Set.of("transaction_id", "reference_id_list", "correlation_id").contains(type)) {
            throw bad("message.txnstatus_request.attribute_type must be transaction_id, reference_id_list or "
                    + "correlation_id");
        }
        JsonNode value = request.path("attribute_value");
        boolean ok = "reference_id_list".equals(type)
                ? value.isArray() && !value.isEmpty() && value.size() <= MOST_ITEMS
                : value.isTextual() && !value.asText().isBlank() && value.asText().length() <= MOST_ID_LENGTH;
        if (!ok) {
            throw bad("message.txnstatus_request.attribute_value must be " + ("reference_id_list".equals(type)
                    ? "a list of reference ids" : "an id of 1 to " + MOST_ID_LENGTH + " characters"));
        }
        locale(request, "message.txnstatus_request");
    }

    private static JsonNode items(JsonNode message, String field) {
        JsonNode items = message.path(field);
        if (!items.isArray() || items.isEmpty()) {
            throw bad("message." + field + " is required: a non-empty list");
        }
        if (items.size() > MOST_ITEMS) {
            throw bad("message." + field + " holds at most " + MOST_ITEMS + " items; send the rest in another request");
        }
        return items;
    }

    private static void item(JsonNode item, String at) {
        if (!item.isObject()) {
            throw bad(at + " must be an object");
        }
        text(item, "reference_id", at + ".reference_id", MOST_ID_LENGTH);
        timestamp(item, "timestamp", at + ".timestamp");
        locale(item, at);
    }

    private static void locale(JsonNode node, String at) {
        if (node.has("locale") && !node.path("locale").asText("").matches("[a-z]{3}")) {
            throw bad(at + ".locale must be an ISO 639-3 code of three small letters (vie, eng), not "
                    + DciMessages.shown(node.path("locale")));
        }
    }

    private static String text(JsonNode node, String field, String at, int most) {
        JsonNode v = node.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw bad(at + " is required");
        }
        if (v.asText().length() > most) {
            throw bad(at + " is " + v.asText().length() + " characters long; at most " + most + " are allowed");
        }
        return v.asText();
    }

    private static void timestamp(JsonNode node, String field, String at) {
        JsonNode v = node.path(field);
        if (!v.isTextual()) {
            throw bad(at + " is required: an ISO 8601 date-time with its time zone, e.g. 2026-11-30T09:00:00+07:00");
        }
        try {
            OffsetDateTime.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw bad(at + " must be an ISO 8601 date-time with its time zone, e.g. 2026-11-30T09:00:00+07:00, not "
                    + DciMessages.shown(v));
        }
    }

    private static void uri(JsonNode v, String at) {
        try {
            URI uri = new URI(v.asText());
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw bad(at + " must be an absolute http(s) URI");
            }
        } catch (java.net.URISyntaxException e) {
            throw bad(at + " must be an absolute http(s) URI");
        }
    }

    private static void positive(JsonNode v, String at) {
        if (!v.isNumber() || v.doubleValue() < 1 || v.doubleValue() != Math.rint(v.doubleValue())) {
            throw bad(at + " is a whole number from 1, not " + DciMessages.shown(v));
        }
    }

    private static RefusedException bad(String message) {
        return new RefusedException(new Refusal("err.request.bad", message));
    }

    private static final class RefusedException extends RuntimeException {
        final Refusal refusal;

        RefusedException(Refusal refusal) {
            super(refusal.message(), null, false, false);
            this.refusal = refusal;
        }
    }
}

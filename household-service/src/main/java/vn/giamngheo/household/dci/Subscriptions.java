package vn.giamngheo.household.dci;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.giamngheo.household.domain.Household;
import vn.giamngheo.platform.refdata.AdministrativeUnits;

/**
 * Subscriptions to the registry's changes, and their end. A system subscribes to {@code REGISTER} events — a
 * household's entry on the register changed: its recognised class, its list year, its commune — filtered by an area
 * ({@code {"type": "AREA", "value": "01501"}}, or 04 for the whole province) or by one household
 * ({@code {"type": "HOUSEHOLD_ID", "value": "01501-…"}}), within the areas it is registered for, and is notified with
 * Group records at its registered notify URI. Notifications carry no personal data: a system that needs the members
 * searches for them with a purpose.
 */
@ApplicationScoped
@Transactional
public class Subscriptions {

    public static final String EVENT_TYPE = "REGISTER";
    public static final String RECORD_TYPE = "Group";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    EntityManager em;

    /** The on-subscribe message, and whether any request of it was kept. */
    public record Answer(ObjectNode message, boolean anySucceeded) {
    }

    public Answer subscribe(DciSystem system, JsonNode message, String correlationId) {
        ObjectNode out = JSON.objectNode();
        out.put("transaction_id", message.path("transaction_id").asText());
        out.put("correlation_id", correlationId);
        ArrayNode responses = out.putArray("subscribe_response");
        boolean any = false;
        for (JsonNode request : message.path("subscribe_request")) {
            ObjectNode item = responses.addObject();
            item.put("reference_id", request.path("reference_id").asText());
            item.put("timestamp", DciMessages.now());
            String[] refusal = refusal(system, request.path("subscribe_criteria"));
            if (refusal != null) {
                item.put("status", "rjct");
                item.put("status_reason_code", refusal[0]);
                item.put("status_reason_message", refusal[1]);
                continue;
            }
            JsonNode filter = request.path("subscribe_criteria").path("filter");
            String type = filter.path("type").asText();
            String value = filter.path("value").asText();
            String existing = (String) em.createNativeQuery("SELECT code FROM dci_subscription WHERE sender_id = :s"
                    + " AND status = 'subscribe' AND filter_type = :t AND filter_value = :v")
                    .setParameter("s", system.senderId).setParameter("t", type).setParameter("v", value)
                    .getResultStream().findFirst().orElse(null);
            if (existing != null) {
                item.put("status", "rjct");
                item.put("status_reason_code", "rjct.event.already_subscribed");
                item.put("status_reason_message", "Sender " + system.senderId + " is subscribed to " + type + " "
                        + value + " already, by subscription " + existing);
                continue;
            }
            String code = "sub-" + UUID.randomUUID();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            em.createNativeQuery("INSERT INTO dci_subscription (code, sender_id, reference_id, reg_event_type,"
                    + " filter_type, filter_value, notify_record_type, status, subscribed_at) VALUES (:c, :s, :r, :e,"
                    + " :t, :v, :n, 'subscribe', :at)").setParameter("c", code).setParameter("s", system.senderId)
                    .setParameter("r", item.path("reference_id").asText()).setParameter("e", EVENT_TYPE)
                    .setParameter("t", type).setParameter("v", value).setParameter("n", RECORD_TYPE)
                    .setParameter("at", now).executeUpdate();
            item.put("status", "succ");
            item.putArray("subscriptions").addObject().put("code", code).put("status", "subscribe")
                    .put("timestamp", DciMessages.time(now)).put("reg_event_type", EVENT_TYPE);
            item.put("locale", "vie");
            any = true;
        }
        return new Answer(out, any);
    }

    /** A few codes, and how many more: a reason message holds 999 characters at most. */
    private static String listed(List<String> codes) {
        String shown = String.join(", ", codes.stream().limit(5).map(DciMessages::shown).toList());
        return codes.size() > 5 ? shown + " and " + (codes.size() - 5) + " more" : shown;
    }

    /** The reason code and message of a subscription refused; null when it can be kept. */
    private String[] refusal(DciSystem system, JsonNode criteria) {
        if (!EVENT_TYPE.equals(criteria.path("reg_event_type").asText())) {
            return new String[] {"rjct.notify_types.invalid", "reg_event_type " + DciMessages.shown(criteria.path("reg_event_type"))
                    + " is not offered: subscribe to REGISTER (a household's class, list year or commune changed)"};
        }
        if (!RECORD_TYPE.equals(criteria.path("notify_record_type").asText())) {
            return new String[] {"rjct.notify_types.invalid", "Notifications carry Group records (households), not "
                    + DciMessages.shown(criteria.path("notify_record_type"))};
        }
        if (criteria.has("filter_type") && !"idtype-value".equals(criteria.path("filter_type").asText())) {
            return new String[] {"rjct.notify_details.invalid", "filter_type is idtype-value"};
        }
        if (system.notifyUri == null) {
            return new String[] {"rjct.notify_details.invalid", "Sender " + system.senderId + " has no notify URI"
                    + " registered: ask the province to register one"};
        }
        JsonNode filter = criteria.path("filter");
        String type = filter.path("type").asText();
        String value = filter.path("value").asText();
        LocalDate today = LocalDate.now();
        AdministrativeUnits units = AdministrativeUnits.get();
        switch (type) {
            case "AREA" -> {
                if (units.find(value, today).isEmpty()) {
                    return new String[] {"rjct.notify_details.invalid", "No administrative unit has code " + DciMessages.shown(value)
                            + " today"};
                }
                if (system.areaList().stream().noneMatch(area -> units.isWithin(value, area, today))) {
                    return new String[] {"rjct.notify_details.invalid", "Unit " + DciMessages.shown(value) + " lies outside the areas "
                            + system.areaList() + " sender " + system.senderId + " is registered for"};
                }
            }
            case "HOUSEHOLD_ID" -> {
                Household h = Household.byCode(value).orElse(null);
                if (h == null || system.areaList().stream().noneMatch(area -> units.isWithin(
                        vn.giamngheo.household.registry.AreaCommunes.holder(h.communeCode, today), area, today))) {
                    return new String[] {"rjct.notify_details.invalid", "No household " + DciMessages.shown(value) + " lies in the areas "
                            + system.areaList() + " sender " + system.senderId + " is registered for"};
                }
            }
            case "UIN", "NIN", "IDENTITY_NUMBER" -> {
                return new String[] {"rjct.person_id.invalid", "Subscriptions follow households or areas, not persons:"
                        + " notifications carry no personal data"};
            }
            default -> {
                return new String[] {"rjct.notify_details.invalid", "filter is {\"type\": \"AREA\", \"value\": "
                        + "\"01501\"} or {\"type\": \"HOUSEHOLD_ID\", \"value\": \"01501-…\"}"};
            }
        }
        return null;
    }

    /** The on-unsubscribe message: the codes of the sender's subscriptions ended, and those that were not its. */
    public ObjectNode unsubscribe(DciSystem system, JsonNode message, String correlationId) {
        ObjectNode out = JSON.objectNode();
        out.put("transaction_id", message.path("transaction_id").asText());
        out.put("correlation_id", correlationId);
        out.put("timestamp", DciMessages.now());
        ArrayNode ended = JSON.arrayNode();
        List<String> unknown = new ArrayList<>();
        List<String> already = new ArrayList<>();
        for (JsonNode code : message.path("subscription_codes")) {
            String status = (String) em.createNativeQuery("SELECT status FROM dci_subscription WHERE code = :c AND"
                    + " sender_id = :s").setParameter("c", code.asText()).setParameter("s", system.senderId)
                    .getResultStream().findFirst().orElse(null);
            if (status == null) {
                unknown.add(code.asText());
            } else if ("unsubscribe".equals(status)) {
                already.add(code.asText());
            } else {
                em.createNativeQuery("UPDATE dci_subscription SET status = 'unsubscribe', unsubscribed_at = now()"
                        + " WHERE code = :c").setParameter("c", code.asText()).executeUpdate();
                ended.addObject().put("code", code.asText()).put("status", "unsubscribe");
            }
        }
        out.put("status", ended.isEmpty() ? "rjct" : "succ");
        if (!unknown.isEmpty()) {
            out.put("status_reason_code", "rjct.subscription_code.invalid");
            out.put("status_reason_message", "No subscription of sender " + system.senderId + " has code "
                    + listed(unknown));
        } else if (!already.isEmpty()) {
            out.put("status_reason_code", "rjct.event.already_unsubscribed");
            out.put("status_reason_message", "Ended already: " + listed(already));
        }
        out.set("subscription_status", ended);
        return out;
    }
}

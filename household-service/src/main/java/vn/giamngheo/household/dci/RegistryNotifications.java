package vn.giamngheo.household.dci;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.giamngheo.household.dci.RegistryRecords.HouseholdFacts;
import vn.giamngheo.household.registry.AreaCommunes;
import vn.giamngheo.platform.events.EventEnvelope;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.inbox.ConsumedTopics;
import vn.giamngheo.platform.inbox.EventHandler;
import vn.giamngheo.platform.inbox.Inbox;
import vn.giamngheo.platform.refdata.AdministrativeUnits;

/**
 * The subscriptions' notifications, fed by the platform's own household events through the idempotent inbox: each
 * recognised change of a household's status owes one notification to every subscription it matches (its household,
 * or an area holding its commune, within the areas its system may see) that was made before the change. The
 * notification is owed in the transaction that records the event applied, so that none is lost or owed twice.
 */
@ApplicationScoped
public class RegistryNotifications implements ConsumedTopics {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @ConfigProperty(name = "mp.messaging.incoming.household-events.topic")
    String topic;

    @Inject
    Inbox inbox;

    @Inject
    EntityManager em;

    @Inject
    Deliveries deliveries;

    @Inject
    RegistryKey key;

    @Incoming("household-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        inbox.processUntilApplied(records, this::apply);
    }

    @Override
    public Map<String, EventHandler> handlersByTopic() {
        return Map.of(topic, this::apply);
    }

    void apply(EventEnvelope event) {
        if (!EventTypes.HOUSEHOLD_STATUS_CHANGED.equals(event.type())
                && !EventTypes.HOUSEHOLD_STATUS_CHANGED_V2.equals(event.type())) {
            return;
        }
        JsonNode data = event.data();
        String code = data.path("householdId").asText();
        String commune = data.path("communeCode").asText();
        @SuppressWarnings("unchecked")
        List<Tuple> candidates = em.createNativeQuery("SELECT s.code, s.sender_id, s.filter_type, s.filter_value,"
                + " y.areas, y.attributes, y.notify_uri FROM dci_subscription s JOIN dci_system y ON y.sender_id ="
                + " s.sender_id WHERE s.status = 'subscribe' AND y.active AND y.notify_uri IS NOT NULL AND"
                + " s.subscribed_at <= :at AND (s.filter_type = 'AREA' OR s.filter_value = :code)", Tuple.class)
                .setParameter("at", event.time() == null ? OffsetDateTime.now() : event.time()).setParameter("code", code).getResultList();
        if (candidates.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now();
        String holder = AreaCommunes.holder(commune, today);
        AdministrativeUnits units = AdministrativeUnits.get();
        for (Tuple s : candidates) {
            List<String> areas = DciSystem.list(s.get("areas", String.class));
            boolean seen = areas.stream().anyMatch(area -> units.isWithin(holder, area, today));
            boolean matches = "HOUSEHOLD_ID".equals(s.get("filter_type", String.class))
                    || units.isWithin(holder, s.get("filter_value", String.class), today);
            if (!seen || !matches) {
                continue;
            }
            String senderId = s.get("sender_id", String.class);
            deliveries.owe(senderId, "notify", null, s.get("code", String.class), event.id(),
                    s.get("notify_uri", String.class), notification(event, DciSystem.list(s.get("attributes",
                            String.class)), senderId), false);
        }
    }

    /** {header, message}: a NotifyEventRequest with the household as a Group record, as the system may see it. */
    private ObjectNode notification(EventEnvelope event, List<String> attributes, String senderId) {
        JsonNode data = event.data();
        Set<RegistryAttribute> given = EnumSet.noneOf(RegistryAttribute.class);
        attributes.forEach(name -> RegistryAttribute.named(name).filter(a -> !a.personal)
                .ifPresent(given::add));
        HouseholdFacts facts = new HouseholdFacts(data.path("householdId").asText(), data.path("communeCode").asText(),
                null, null, data.path("ethnicMinority").asBoolean(), data.path("memberCount").asInt(),
                data.path("statusAfter").asText(), data.path("listYear").asInt(), null, null);
        ObjectNode record = RegistryRecords.group(facts, given, null);
        if (given.contains(RegistryAttribute.POVERTY_STATUS)) {
            // What the change was tells the status as much as the status does.
            var change = record.withArray("additional_attributes");
            change.addObject().put("status_before", data.path("statusBefore").asText(null));
            change.addObject().put("movement", data.path("movementKind").asText());
            change.addObject().put("decision_number", data.path("decisionNumber").asText(null));
            change.addObject().put("decision_date", data.path("decisionDate").asText(null));
            change.addObject().put("cause", data.path("cause").asText(data.path("roundKind").asText(null)));
        }
        ObjectNode message = JSON.objectNode();
        message.put("transaction_id", "ntf-" + event.id());
        ObjectNode item = message.putArray("notify_event").addObject();
        item.put("reference_id", event.id().toString());
        item.put("timestamp", DciMessages.time(event.time() == null ? OffsetDateTime.now() : event.time()));
        ObjectNode body = item.putObject("data");
        body.put("version", "1.0.0");
        body.put("reg_type", "ns:org:RegistryType:Social");
        body.put("reg_event_type", Subscriptions.EVENT_TYPE);
        body.put("reg_record_type", Subscriptions.RECORD_TYPE);
        body.set("reg_records", record);
        item.put("locale", "vie");
        return DciMessages.unsigned(DciMessages.header("notify", "succ", 1, key.registryId(), senderId), message);
    }
}

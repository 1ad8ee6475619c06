package vn.giamngheo.reporting.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.giamngheo.platform.inbox.EventHandler;
import vn.giamngheo.platform.inbox.Inbox;

/**
 * A rebuild's replay of the topics into fresh tables that mirrors the live consumers: it applies exactly the events
 * they took (applied, held or set aside, by event id), and keeps the others pending until they do, so that a
 * consumer's lag is never read as a difference between the fresh and the live tables.
 */
@ApplicationScoped
class MirroredReplay {

    private static final com.fasterxml.jackson.databind.ObjectMapper ENVELOPES =
            new com.fasterxml.jackson.databind.ObjectMapper();
    /** A broker that gives nothing for this long while the topics have more is down: the rebuild fails. */
    private static final Duration NO_PROGRESS_LIMIT = Duration.ofSeconds(60);

    @Inject
    EntityManager em;

    @Inject
    Inbox inbox;

    /** How many events a replay read, and how many it set aside as unappliable. */
    record Replayed(long events, long setAside) {

        Replayed plus(Replayed other) {
            return new Replayed(events + other.events, setAside + other.setAside);
        }
    }

    /** Records the live consumers had not taken when the replay read them, by topic, oldest first. */
    static final class Pending {
        final Map<String, List<ConsumerRecord<String, String>>> byTopic = new LinkedHashMap<>();
    }

    /**
     * From where the consumer is to the end the topics have now, through the inbox into the schema's tables: the
     * events the live consumers have taken (applied, held or set aside); the others wait in {@code pending}.
     */
    Replayed replay(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
            Map<String, EventHandler> handlers, String schema, Pending pending) {
        long events = 0;
        long setAside = 0;
        Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
        java.time.Instant progress = java.time.Instant.now();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            Map<String, List<ConsumerRecord<String, String>>> byTopic = new LinkedHashMap<>();
            int read = 0;
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition partition = new TopicPartition(r.topic(), r.partition());
                if (r.offset() < end.get(partition)) {
                    byTopic.computeIfAbsent(r.topic(), t -> new ArrayList<>()).add(r);
                    read++;
                } else {
                    // Read past the end of this pass: the next pass reads it again.
                    consumer.seek(partition, Math.min(consumer.position(partition), r.offset()));
                }
            }
            for (Map.Entry<String, List<ConsumerRecord<String, String>>> batch : byTopic.entrySet()) {
                Replayed done = applyTaken(batch.getKey(), batch.getValue(), handlers, schema, pending);
                events += done.events();
                setAside += done.setAside();
            }
            if (read > 0) {
                progress = java.time.Instant.now();
            } else if (Duration.between(progress, java.time.Instant.now()).compareTo(NO_PROGRESS_LIMIT) > 0) {
                throw new IllegalStateException("the broker gave no event for " + NO_PROGRESS_LIMIT.toSeconds()
                        + " s while the topics had more to read");
            }
        }
        return new Replayed(events, setAside);
    }

    /** The pending records the live consumers have taken since. */
    Replayed applyPending(Pending pending, Map<String, EventHandler> handlers, String schema) {
        Replayed done = new Replayed(0, 0);
        Map<String, List<ConsumerRecord<String, String>>> waiting = new LinkedHashMap<>(pending.byTopic);
        pending.byTopic.clear();
        for (Map.Entry<String, List<ConsumerRecord<String, String>>> batch : waiting.entrySet()) {
            done = done.plus(applyTaken(batch.getKey(), batch.getValue(), handlers, schema, pending));
        }
        return done;
    }

    private Replayed applyTaken(String topic, List<ConsumerRecord<String, String>> records,
            Map<String, EventHandler> handlers, String schema, Pending pending) {
        Set<String> taken = takenByLiveConsumers(records);
        List<ConsumerRecord<String, String>> apply = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            String id = eventId(r);
            // A record that names no event is the inbox's to set aside, here as in the live tables.
            if (id == null || taken.contains(id)) {
                apply.add(r);
            } else {
                pending.byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(r);
            }
        }
        Runnable intoFreshTables = () -> em.createNativeQuery("SET LOCAL search_path TO " + schema + ", public")
                .executeUpdate();
        Inbox.Outcome outcome = inbox.process(apply, handlers.get(topic), intoFreshTables, false);
        return new Replayed(apply.size(), outcome.deadLettered());
    }

    @SuppressWarnings("unchecked")
    private Set<String> takenByLiveConsumers(List<ConsumerRecord<String, String>> records) {
        List<java.util.UUID> ids = records.stream().map(MirroredReplay::eventId).filter(java.util.Objects::nonNull)
                .map(java.util.UUID::fromString).toList();
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new java.util.HashSet<>(QuarkusTransaction.requiringNew().call(() -> ((List<Object>) em
                .createNativeQuery("""
                        SELECT CAST(event_id AS text) FROM public.inbox_event WHERE event_id = ANY(:ids)
                        UNION SELECT CAST(event_id AS text) FROM public.inbox_held_event WHERE event_id = ANY(:ids)
                        UNION SELECT CAST(event_id AS text) FROM public.inbox_set_aside_event WHERE event_id = ANY(:ids)""")
                .setParameter("ids", ids.toArray(new java.util.UUID[0])).getResultList()).stream()
                .map(Object::toString).toList()));
    }

    /** The event id of a record's envelope, or null when it holds none (the inbox sets such a record aside). */
    private static String eventId(ConsumerRecord<String, String> r) {
        try {
            com.fasterxml.jackson.databind.JsonNode id = ENVELOPES.readTree(r.value()).path("id");
            String text = id.isTextual() ? id.asText() : null;
            return text != null && text.matches("[0-9a-fA-F-]{36}") ? text.toLowerCase(java.util.Locale.ROOT) : null;
        } catch (java.io.IOException | RuntimeException notAnEnvelope) {
            return null;
        }
    }
}

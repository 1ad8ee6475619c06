package vn.giamngheo.reporting.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.giamngheo.platform.database.TransientFailures;
import vn.giamngheo.platform.inbox.EventHandler;
import vn.giamngheo.platform.inbox.Inbox;

/**
 * Rebuilds every read model from the topics: a consumer of its own reads each topic from its beginning and applies
 * the events through the same projections and the same inbox into fresh tables in a schema of their own. Then, with
 * the live consumers held back (the live tables locked against writes, reports still answered), it reads on to the
 * end of every topic and compares the fresh tables with the live ones row for row: both hold the same events then.
 * Asked to, it swaps fresh tables that differ in as the live ones in the same transaction, and keeps the tables they
 * replace in the rebuild's schema.
 */
@ApplicationScoped
public class Rebuild {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Rebuild.class);
    private static final com.fasterxml.jackson.databind.ObjectMapper ENVELOPES = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final int LOCK_ATTEMPTS = 5;
    /** A broker that gives nothing for this long while the topics have more is down: the rebuild fails. */
    private static final Duration NO_PROGRESS_LIMIT = Duration.ofSeconds(60);

    static final List<String> READ_MODELS = List.of("poverty_movement", "resident_households", "plan_target",
            "plan_indicator", "line_money", "implementer_money");
    /** The inbox's tables: swapped with the read models, they tell the live consumers what the fresh tables hold. */
    private static final List<String> INBOX = List.of("inbox_event", "inbox_aggregate_position", "inbox_held_event",
            "inbox_set_aside_event");

    @Inject
    EntityManager em;

    @Inject
    Inbox inbox;

    @Inject
    TopicHandlers topics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** How many events a rebuild read and set aside, whether each read model came out identical, whether it swapped. */
    public record Result(long events, long setAside, Map<String, Boolean> identical, boolean swapped) {

        public boolean allIdentical() {
            return identical.values().stream().allMatch(Boolean::booleanValue);
        }
    }

    /** How many events a replay read, and how many it set aside as unappliable. */
    private record Replayed(long events, long setAside) {

        Replayed plus(Replayed other) {
            return new Replayed(events + other.events, setAside + other.setAside);
        }
    }

    /**
     * Makes the schema and its empty tables, shaped like the live ones, their indexes named as the live ones' (a
     * later migration names them, and after a swap the fresh tables are the live ones).
     */
    public void prepare(String schema) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("CREATE SCHEMA " + schema).executeUpdate();
            for (String table : concat(READ_MODELS, INBOX)) {
                em.createNativeQuery("CREATE TABLE " + schema + "." + table + " (LIKE public." + table
                        + " INCLUDING ALL)").executeUpdate();
            }
            @SuppressWarnings("unchecked")
            List<jakarta.persistence.Tuple> renames = em.createNativeQuery("""
                    SELECT f.indexname AS fresh, l.indexname AS live
                    FROM pg_indexes l JOIN pg_indexes f ON f.tablename = l.tablename AND f.schemaname = :schema
                     AND replace(replace(f.indexdef, f.indexname, ''), :schema || '.', 'public.')
                       = replace(l.indexdef, l.indexname, '')
                    WHERE l.schemaname = 'public' AND f.indexname <> l.indexname""", jakarta.persistence.Tuple.class)
                    .setParameter("schema", schema).getResultList();
            for (jakarta.persistence.Tuple r : renames) {
                em.createNativeQuery("ALTER INDEX " + schema + "." + r.get("fresh", String.class) + " RENAME TO "
                        + r.get("live", String.class)).executeUpdate();
            }
        });
    }

    /** Replays every topic into the schema's tables, compares, and swaps when asked and they differ. */
    public Result run(String schema, boolean swap) {
        Map<String, EventHandler> handlers = topics.handlersByTopic();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : handlers.keySet()) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Pending pending = new Pending();
            // Most of the log, while the live consumers go on.
            Replayed replayed = replay(consumer, partitions, handlers, schema, pending);
            for (int attempt = 1;; attempt++) {
                try {
                    Replayed before = replayed;
                    return QuarkusTransaction.requiringNew().timeout(600).call(() -> locked(consumer, partitions,
                            handlers, schema, pending, before, swap));
                } catch (RuntimeException e) {
                    // A live consumer holding a table the lock waits for (or the reverse): let it finish, try again.
                    if (attempt >= LOCK_ATTEMPTS || !TransientFailures.isTransient(e)) {
                        throw e;
                    }
                    LOG.warnf("rebuild %s: the live tables could not be locked (attempt %d): %s", schema, attempt,
                            e.toString());
                }
            }
        }
    }

    /**
     * With the live consumers held back (reports still answered): the rest of the log, the comparison, the swap. The
     * fresh tables get exactly the events the live ones got, so a consumer's lag never reads as a difference; the
     * events the live consumers have not taken yet they take after a swap, from the swapped-in inbox.
     */
    private Result locked(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
            Map<String, EventHandler> handlers, String schema, Pending pending, Replayed before, boolean swap) {
        em.createNativeQuery("SET LOCAL lock_timeout = '10s'").executeUpdate();
        lockLive("SHARE");
        Replayed rest = applyPending(pending, handlers, schema)
                .plus(replay(consumer, partitions, handlers, schema, pending));
        Map<String, Boolean> identical = new LinkedHashMap<>();
        for (String table : READ_MODELS) {
            identical.put(table, differences(schema, table) == 0);
        }
        Replayed all = before.plus(rest);
        boolean differ = identical.containsValue(false);
        if (swap && differ) {
            lockLive("ACCESS EXCLUSIVE");
            swapIn(schema);
        }
        return new Result(all.events(), all.setAside(), identical, swap && differ);
    }

    /** Drops the schema and every table in it. */
    public void drop(String schema) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DROP SCHEMA IF EXISTS " + schema
                + " CASCADE").executeUpdate());
    }

    /** Records the live consumers had not taken when the replay read them, by topic, oldest first. */
    private static final class Pending {
        final Map<String, List<ConsumerRecord<String, String>>> byTopic = new LinkedHashMap<>();
    }

    /**
     * From where the consumer is to the end the topics have now, through the inbox into the schema's tables: the
     * events the live consumers have taken (applied, held or set aside); the others wait in {@code pending}.
     */
    private Replayed replay(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
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
    private Replayed applyPending(Pending pending, Map<String, EventHandler> handlers, String schema) {
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
        List<java.util.UUID> ids = records.stream().map(Rebuild::eventId).filter(java.util.Objects::nonNull)
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

    private void lockLive(String mode) {
        em.createNativeQuery("LOCK TABLE " + String.join(", ", concat(READ_MODELS, INBOX).stream()
                .map(t -> "public." + t).toList()) + " IN " + mode + " MODE").executeUpdate();
    }

    /** The fresh tables become the live ones; the live ones move into the schema, where the fresh ones were. */
    private void swapIn(String schema) {
        String before = schema + "_before";
        em.createNativeQuery("CREATE SCHEMA " + before).executeUpdate();
        for (String table : concat(READ_MODELS, INBOX)) {
            em.createNativeQuery("ALTER TABLE public." + table + " SET SCHEMA " + before).executeUpdate();
            em.createNativeQuery("ALTER TABLE " + schema + "." + table + " SET SCHEMA public").executeUpdate();
            em.createNativeQuery("ALTER TABLE " + before + "." + table + " SET SCHEMA " + schema).executeUpdate();
        }
        em.createNativeQuery("DROP SCHEMA " + before).executeUpdate();
    }

    private long differences(String schema, String table) {
        String live = "public." + table;
        String fresh = schema + "." + table;
        return ((Number) em.createNativeQuery("SELECT (SELECT count(*) FROM (SELECT * FROM " + live + " EXCEPT ALL"
                + " SELECT * FROM " + fresh + ") a) + (SELECT count(*) FROM (SELECT * FROM " + fresh + " EXCEPT ALL"
                + " SELECT * FROM " + live + ") b)").getSingleResult()).longValue();
    }

    private KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        // A group of its own: the rebuild never moves the live consumers' offsets.
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reporting-rebuild-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

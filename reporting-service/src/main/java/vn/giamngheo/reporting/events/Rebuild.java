package vn.giamngheo.reporting.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.giamngheo.platform.database.TransientFailures;
import vn.giamngheo.platform.inbox.EventHandler;

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
    private static final int LOCK_ATTEMPTS = 5;

    static final List<String> READ_MODELS = List.of("poverty_movement", "poverty_deprivation", "deprivation_label",
            "resident_households", "plan_target", "plan_indicator", "line_money", "implementer_money");
    /** The inbox's tables: swapped with the read models, they tell the live consumers what the fresh tables hold. */
    private static final List<String> INBOX = List.of("inbox_event", "inbox_aggregate_position", "inbox_held_event",
            "inbox_set_aside_event");

    @Inject
    EntityManager em;

    @Inject
    MirroredReplay mirrored;

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
            MirroredReplay.Pending pending = new MirroredReplay.Pending();
            // Most of the log, while the live consumers go on.
            MirroredReplay.Replayed replayed = mirrored.replay(consumer, partitions, handlers, schema, pending);
            for (int attempt = 1;; attempt++) {
                try {
                    MirroredReplay.Replayed before = replayed;
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
            Map<String, EventHandler> handlers, String schema, MirroredReplay.Pending pending,
            MirroredReplay.Replayed before, boolean swap) {
        em.createNativeQuery("SET LOCAL lock_timeout = '10s'").executeUpdate();
        lockLive("SHARE");
        MirroredReplay.Replayed rest = mirrored.applyPending(pending, handlers, schema)
                .plus(mirrored.replay(consumer, partitions, handlers, schema, pending));
        Map<String, Boolean> identical = new LinkedHashMap<>();
        for (String table : READ_MODELS) {
            identical.put(table, differences(schema, table) == 0);
        }
        MirroredReplay.Replayed all = before.plus(rest);
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

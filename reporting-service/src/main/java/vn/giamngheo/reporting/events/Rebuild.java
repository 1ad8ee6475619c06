package vn.giamngheo.reporting.events;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.giamngheo.platform.inbox.EventHandler;
import vn.giamngheo.platform.inbox.Inbox;

/**
 * Rebuilds every read model from the topics: a consumer of its own reads each topic from its beginning to the
 * offsets it had when the rebuild began, and applies the events through the same projections and the same inbox
 * into fresh tables in a schema of their own. It then compares them with the live tables row for row. The live
 * tables are untouched; the fresh ones are kept for inspection when they differ and dropped when they agree.
 */
@ApplicationScoped
public class Rebuild {

    private static final Logger LOG = Logger.getLogger(Rebuild.class);
    static final List<String> READ_MODELS = List.of("poverty_movement", "resident_households", "plan_target",
            "plan_indicator", "line_money", "implementer_money");
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

    /** What a rebuild read, and for each read model whether the fresh table equals the live one. */
    public record Result(String schema, long events, long setAside, Map<String, Boolean> identical, boolean kept,
            long millis) {
    }

    /** How many events a replay read, and how many it set aside as unappliable. */
    private record Replayed(long events, long setAside) {
    }

    public Result run() {
        Instant started = Instant.now();
        String schema = "rebuild_" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC)
                .format(started) + "_" + UUID.randomUUID().toString().substring(0, 6);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("CREATE SCHEMA " + schema).executeUpdate();
            for (String table : concat(READ_MODELS, INBOX)) {
                em.createNativeQuery("CREATE TABLE " + schema + "." + table + " (LIKE public." + table
                        + " INCLUDING ALL)").executeUpdate();
            }
        });
        Replayed replayed = replay(schema);
        Map<String, Boolean> identical = new LinkedHashMap<>();
        for (String table : READ_MODELS) {
            identical.put(table, QuarkusTransaction.requiringNew().call(() -> differences(schema, table) == 0));
        }
        boolean same = identical.values().stream().allMatch(Boolean::booleanValue);
        if (same) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DROP SCHEMA " + schema + " CASCADE")
                    .executeUpdate());
        }
        long millis = Duration.between(started, Instant.now()).toMillis();
        LOG.infof("rebuild %s: %d events, %d set aside, identical %s, in %d ms", schema, replayed.events(),
                replayed.setAside(), identical, millis);
        return new Result(schema, replayed.events(), replayed.setAside(), identical, !same, millis);
    }

    /** Every topic from its beginning to the offsets it has now, through the inbox into the fresh tables. */
    private Replayed replay(String schema) {
        Map<String, EventHandler> handlers = topics.handlersByTopic();
        Runnable intoFreshTables = () -> em.createNativeQuery("SET LOCAL search_path TO " + schema + ", public")
                .executeUpdate();
        long events = 0;
        long setAside = 0;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : handlers.keySet()) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                Map<String, List<ConsumerRecord<String, String>>> byTopic = new LinkedHashMap<>();
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        byTopic.computeIfAbsent(r.topic(), t -> new ArrayList<>()).add(r);
                    }
                }
                for (Map.Entry<String, List<ConsumerRecord<String, String>>> batch : byTopic.entrySet()) {
                    Inbox.Outcome outcome = inbox.process(batch.getValue(), handlers.get(batch.getKey()),
                            intoFreshTables, false);
                    events += batch.getValue().size();
                    setAside += outcome.deadLettered();
                }
            }
        }
        return new Replayed(events, setAside);
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

package vn.giamngheo.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import vn.giamngheo.platform.events.EventEnvelope;

/**
 * Publishes the outbox in order, once the rows have committed, and marks them sent only after the broker has
 * acknowledged them. Several instances of a service each run a relay; a PostgreSQL advisory lock, held on the
 * relay's own connection, lets exactly one of them publish while the others stand by and take over when its
 * connection goes away.
 *
 * <p>A broker outage only delays events: sends fail, nothing is marked, and the relay retries with a growing
 * pause. It never touches the user's requests or the service's readiness.
 */
public class OutboxRelay implements Runnable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    // Any constant works: advisory locks are scoped to the database, and each service has its own.
    private static final long LOCK_KEY = 0x6769616d6e676865L;

    private static final String SELECT_UNSENT = """
            SELECT id, event_id, topic, aggregate_id, sequence, type, payload::text, created_at
            FROM outbox_event WHERE sent_at IS NULL ORDER BY id LIMIT ?""";
    private static final String MARK_SENT = "UPDATE outbox_event SET sent_at = now() WHERE id = ANY (?)";

    private final DataSource dataSource;
    private final Map<String, Object> producerConfig;
    private final OutboxSettings settings;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean active = new AtomicBoolean();
    private final AtomicLong published = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final Object pause = new Object();
    private volatile Thread thread;
    private Connection lockConnection;
    private Producer<String, String> producer;

    public OutboxRelay(DataSource dataSource, Map<String, Object> producerConfig, OutboxSettings settings) {
        this.dataSource = dataSource;
        this.producerConfig = Map.copyOf(producerConfig);
        this.settings = settings;
    }

    /** The producer settings the relay needs for ordered, acknowledged, non-duplicating delivery. */
    public static Map<String, Object> producerConfig(String bootstrapServers, Duration maxBlock) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) maxBlock.toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    }

    public synchronized void start(String name) {
        if (running.compareAndSet(false, true)) {
            thread = new Thread(this, name);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Stops after the batch in flight: it is sent, acknowledged and marked before the lock is released, so the
     * relay that takes over does not publish it again. Only a pause is cut short.
     */
    public void stop() {
        running.set(false);
        synchronized (pause) {
            pause.notifyAll();
        }
        Thread t = thread;
        if (t != null) {
            try {
                t.join(settings.ackTimeout().toMillis() + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether this relay holds the lock and is the one publishing. */
    public boolean isActive() {
        return active.get();
    }

    public long publishedCount() {
        return published.get();
    }

    public String lastError() {
        return lastError.get();
    }

    @Override
    public void run() {
        long pauseMillis = settings.pollInterval().toMillis();
        while (running.get()) {
            try {
                if (!holdLock()) {
                    sleep(settings.standbyInterval().toMillis());
                    continue;
                }
                int sent = publishBatch();
                lastError.set(null);
                pauseMillis = settings.pollInterval().toMillis();
                if (sent < settings.batchSize()) {
                    sleep(pauseMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                lastError.set(e.getClass().getSimpleName() + ": " + e.getMessage());
                LOG.warnf("outbox relay: %s; retrying in %d ms", lastError.get(), pauseMillis);
                discardProducer();
                if (!lockStillValid()) {
                    releaseLock();
                }
                sleep(pauseMillis);
                pauseMillis = Math.min(pauseMillis * 2, settings.maxBackoff().toMillis());
            }
        }
        discardProducer();
        releaseLock();
    }

    private boolean holdLock() throws SQLException {
        if (lockConnection != null && lockStillValid()) {
            return true;
        }
        releaseLock();
        Connection c = dataSource.getConnection();
        c.setAutoCommit(true);
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, LOCK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    // This session reads the outbox for as long as it holds the lock, while sent rows pile up:
                    // plan its statements for the table as it is, not as it was (see MessageLog on autovacuum).
                    try (java.sql.Statement st = c.createStatement()) {
                        st.execute("SET plan_cache_mode = force_custom_plan");
                    }
                    lockConnection = c;
                    active.set(true);
                    LOG.infof("outbox relay %s is now the active publisher", Thread.currentThread().getName());
                    return true;
                }
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        c.close();
        return false;
    }

    private boolean lockStillValid() {
        try {
            return lockConnection != null && lockConnection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private void releaseLock() {
        active.set(false);
        if (lockConnection != null) {
            // Closing the session releases the advisory lock; a pooled connection must unlock explicitly first.
            try (Statement st = lockConnection.createStatement()) {
                st.execute("SELECT pg_advisory_unlock_all()");
            } catch (SQLException ignored) {
                // the connection is gone, and its lock with it
            }
            try {
                lockConnection.close();
            } catch (SQLException ignored) {
                // nothing more to release
            }
            lockConnection = null;
        }
    }

    private int publishBatch() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = lockConnection.prepareStatement(SELECT_UNSENT)) {
            ps.setInt(1, settings.batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                            rs.getString(6), rs.getString(7), rs.getObject(8, java.time.OffsetDateTime.class)));
                }
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        Producer<String, String> p = producer();
        // Every topic's metadata first: while the broker is away this fails once for the batch, and no send of the
        // batch can then block on metadata and fail while a later one of the same aggregate goes through.
        for (String topic : rows.stream().map(r -> settings.topicPrefix() + r.topic).distinct().toList()) {
            p.partitionsFor(topic);
        }
        List<Future<?>> acks = new ArrayList<>(rows.size());
        Exception sendFailure = null;
        for (Row row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(settings.topicPrefix() + row.topic,
                    row.aggregateId, envelopeJson(row));
            record.headers().add("ce_id", row.eventId.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", row.type.getBytes(StandardCharsets.UTF_8));
            try {
                acks.add(p.send(record));
            } catch (RuntimeException e) {
                // Nothing after a failed send: a later event of the same aggregate must not overtake it.
                sendFailure = e;
                break;
            }
        }
        // Send the whole batch, then wait: one round trip per batch, not per event. Only the acknowledged prefix
        // is marked: what follows the first failure is sent again, after it, on the next attempt.
        int acknowledged = 0;
        for (Future<?> ack : acks) {
            try {
                ack.get(settings.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                sendFailure = sendFailure == null ? e : sendFailure;
                break;
            }
            acknowledged++;
        }
        if (acknowledged > 0) {
            markSent(rows.subList(0, acknowledged));
            published.addAndGet(acknowledged);
        }
        if (sendFailure != null) {
            throw sendFailure;
        }
        return rows.size();
    }

    private void markSent(List<Row> rows) throws SQLException {
        Long[] ids = rows.stream().map(r -> r.id).toArray(Long[]::new);
        try (PreparedStatement ps = lockConnection.prepareStatement(MARK_SENT)) {
            Array array = lockConnection.createArrayOf("bigint", ids);
            ps.setArray(1, array);
            ps.executeUpdate();
        }
    }
    // The payload is already JSON in the database: the envelope is assembled around it without re-parsing.
    private String envelopeJson(Row row) {
        StringBuilder sb = new StringBuilder(row.payload.length() + 400);
        sb.append("{\"specversion\":\"").append(EventEnvelope.SPEC_VERSION)
                .append("\",\"id\":\"").append(row.eventId)
                .append("\",\"source\":").append(jsonString(settings.source()))
                .append(",\"type\":").append(jsonString(row.type))
                .append(",\"subject\":").append(jsonString(row.aggregateId))
                .append(",\"time\":\"").append(row.createdAt.toInstant())
                .append("\",\"datacontenttype\":\"").append(EventEnvelope.CONTENT_TYPE)
                .append("\",\"dataschema\":").append(jsonString("schemas/" + row.type + ".json"))
                .append(",\"sequence\":").append(row.sequence)
                .append(",\"data\":").append(row.payload)
                .append('}');
        return sb.toString();
    }

    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.putAll(producerConfig);
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    // After a failed send the producer's idempotence state is unknown: start a fresh one for the retry.
    private void discardProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(1));
            } catch (Exception ignored) {
                // a producer that cannot even close is dropped all the same
            }
            producer = null;
        }
    }

    private void sleep(long millis) {
        synchronized (pause) {
            if (!running.get()) {
                return;
            }
            try {
                pause.wait(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.set(false);
            }
        }
    }

    private record Row(long id, String eventId, String topic, String aggregateId, long sequence, String type,
            String payload, java.time.OffsetDateTime createdAt) {
    }
}

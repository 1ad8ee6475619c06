package vn.giamngheo.platform.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.giamngheo.platform.events.EventEnvelope;

/**
 * Applies a poll's batch of events exactly once. The whole batch goes in one transaction for throughput; when
 * any event of it fails, the batch is rolled back and its events are applied one transaction each, so that the
 * failing ones go to the dead-letter topic with their error and the rest are applied.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    @Inject
    MessageLog log;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    /** What became of a batch: applied, skipped as already applied, and sent to the dead-letter topic. */
    public record Outcome(int applied, int skipped, int deadLettered) {
    }

    public Outcome process(List<ConsumerRecord<String, String>> records, EventHandler handler) {
        return process(records, handler, () -> {
        }, true);
    }

    /**
     * What a consumer's adapter calls with its poll: applies the batch, and while the database itself is away
     * retries it with a growing pause instead of skipping it — the partition waits rather than lose an event.
     */
    public Outcome processUntilApplied(ConsumerRecords<String, String> poll, EventHandler handler)
            throws InterruptedException {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(poll.count());
        poll.forEach(batch::add);
        Duration pause = Duration.ofMillis(500);
        while (true) {
            try {
                return process(batch, handler);
            } catch (RuntimeException e) {
                LOG.warnf("a batch of %d events was not applied (%s); retrying in %d ms", batch.size(), e.getMessage(),
                        pause.toMillis());
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /**
     * The same, with {@code inEachTransaction} run first in every transaction the inbox opens (a rebuild points
     * it at fresh tables there), and with poison events only counted when {@code deadLetter} is false (a rebuild
     * must not dead-letter again what the live consumer already set aside).
     */
    public Outcome process(List<ConsumerRecord<String, String>> records, EventHandler handler,
            Runnable inEachTransaction, boolean deadLetter) {
        if (records.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        try {
            int[] counts = QuarkusTransaction.requiringNew().call(() -> {
                inEachTransaction.run();
                try {
                    return new int[] { applyBatch(records, handler) };
                } catch (RuntimeException e) {
                    handler.discard();
                    throw e;
                }
            });
            return new Outcome(counts[0], records.size() - counts[0], 0);
        } catch (RuntimeException batchFailure) {
            LOG.debugf("batch of %d failed (%s); applying its events one by one", records.size(), batchFailure);
            return oneByOne(records, handler, inEachTransaction, deadLetter);
        }
    }

    private Outcome oneByOne(List<ConsumerRecord<String, String>> records, EventHandler handler,
            Runnable inEachTransaction, boolean deadLetter) {
        int applied = 0;
        int dead = 0;
        for (ConsumerRecord<String, String> r : records) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> {
                    inEachTransaction.run();
                    try {
                        return applyOne(r, handler);
                    } catch (RuntimeException e) {
                        handler.discard();
                        throw e;
                    }
                })) {
                    applied++;
                }
            } catch (RuntimeException e) {
                if (!(rootCause(e) instanceof PoisonEventException)
                        && (TransientFailures.isTransient(e) || !databaseReachable())) {
                    // Not the event's fault: fail the batch so that it is applied again once the database is back.
                    throw e;
                }
                if (deadLetter) {
                    deadLetters.send(r, rootCause(e));
                }
                dead++;
            }
        }
        return new Outcome(applied, records.size() - applied - dead, dead);
    }

    /**
     * The batch in a handful of statements: one look-up of the ids and one of the positions for the whole batch,
     * the handler's effects, then the records in two JDBC batches.
     */
    private int applyBatch(List<ConsumerRecord<String, String>> records, EventHandler handler) {
        List<MessageLog.ConsumedEvent> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> r : records) {
            events.add(new MessageLog.ConsumedEvent(r.topic(), parse(r)));
        }
        Set<UUID> seen = log.appliedAmong(events.stream().map(e -> e.event().id()).collect(Collectors.toSet()));
        Map<String, Long> positions = log.positionsOf(events.stream().map(e -> e.event().aggregateKey())
                .collect(Collectors.toSet()));
        List<MessageLog.ConsumedEvent> applied = new ArrayList<>();
        for (MessageLog.ConsumedEvent e : events) {
            EventEnvelope event = e.event();
            if (seen.contains(event.id()) || positions.getOrDefault(event.aggregateKey(), 0L) >= event.sequence()) {
                continue;
            }
            handler.apply(event);
            seen.add(event.id());
            positions.put(event.aggregateKey(), event.sequence());
            applied.add(e);
        }
        handler.flush();
        log.recordAllApplied(applied);
        return applied.size();
    }

    private boolean applyOne(ConsumerRecord<String, String> record, EventHandler handler) {
        EventEnvelope event = parse(record);
        if (log.alreadyApplied(event)) {
            return false;
        }
        handler.apply(event);
        handler.flush();
        log.recordApplied(record.topic(), event);
        return true;
    }

    private EventEnvelope parse(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new PoisonEventException("the record has no value");
        }
        EventEnvelope event;
        try {
            event = mapper.readValue(record.value(), EventEnvelope.class);
        } catch (Exception e) {
            throw new PoisonEventException("not a CloudEvents JSON envelope: " + e.getMessage(), e);
        }
        if (event.id() == null || event.type() == null || event.source() == null || event.subject() == null
                || event.sequence() < 1 || event.data() == null) {
            throw new PoisonEventException("the envelope lacks id, type, source, subject, data or a sequence >= 1");
        }
        return event;
    }

    private boolean databaseReachable() {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("SELECT 1").getSingleResult());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && !(t instanceof PoisonEventException)) {
            t = t.getCause();
        }
        return t;
    }
}

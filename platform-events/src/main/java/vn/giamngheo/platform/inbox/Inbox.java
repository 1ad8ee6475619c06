package vn.giamngheo.platform.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.giamngheo.platform.database.CommitFailedException;
import vn.giamngheo.platform.database.TransientFailures;
import vn.giamngheo.platform.events.EventEnvelope;
import vn.giamngheo.platform.inbox.MessageLog.ConsumedEvent;
import vn.giamngheo.platform.inbox.MessageLog.Held;

/**
 * Applies events exactly once and in each aggregate's order. An event is applied only when it is the next of its
 * aggregate (sequence = last applied + 1); an older one is a duplicate; a newer one is held until the events before
 * it arrive, then applied after them. A whole poll goes in one transaction for throughput; when it fails for an
 * event's sake, its events are applied one transaction each, so that the unappliable ones are set aside (dead-letter
 * topic, and their place in the order taken) and the rest are applied. When it fails for the database's sake, the
 * poll is retried until the database is back: an event is never dropped because the database was away.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(10);
    private static final int ATTEMPTS_BEFORE_SETTING_ASIDE = 3;

    @Inject
    MessageLog log;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    InboxConfig config;

    @Inject
    InboxProgress progress;

    @Inject
    MeterRegistry registry;

    /** What became of a batch: applied (held events released by it included), skipped, held, set aside. */
    public record Outcome(int applied, int skipped, int held, int deadLettered) {
    }

    /** What a replay of a set-aside event did, and why it could not when it could not. */
    public record Replay(Replayed outcome, String reason) {
    }

    public enum Replayed {
        APPLIED, NOT_SET_ASIDE, STILL_UNAPPLIABLE
    }

    /** An event set aside as unappliable and not replayed yet. */
    public record SetAside(UUID eventId, String topic, String type, String aggregate, long sequence, String reason,
            java.time.OffsetDateTime setAsideAt) {
    }

    public Outcome process(List<ConsumerRecord<String, String>> records, EventHandler handler) {
        return process(records, handler, () -> {
        }, true);
    }

    /**
     * What a consumer's adapter calls with its poll: applies the batch, and while the database itself is away
     * retries it with a growing pause instead of skipping it — the partition waits rather than lose an event. The
     * wait is visible in the health report, and past the configured limit it fails liveness.
     */
    public Outcome processUntilApplied(ConsumerRecords<String, String> poll, EventHandler handler)
            throws InterruptedException {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(poll.count());
        poll.forEach(batch::add);
        if (batch.isEmpty()) {
            return new Outcome(0, 0, 0, 0);
        }
        String topic = batch.get(0).topic();
        Duration pause = Duration.ofMillis(500);
        while (true) {
            try {
                Outcome outcome = process(batch, handler);
                progress.applied(topic);
                return outcome;
            } catch (RuntimeException e) {
                String error = summary(e);
                progress.waiting(topic, batch.size(), error);
                LOG.warnf("a batch of %d events of %s was not applied (%s); retrying in %d ms", batch.size(), topic,
                        error, pause.toMillis());
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /**
     * The same, with {@code inEachTransaction} run first in every transaction the inbox opens (a rebuild points
     * it at fresh tables there), and with poison events only set aside, not sent again to the dead-letter topic,
     * when {@code deadLetter} is false (a rebuild must not dead-letter again what the live consumer already did).
     */
    public Outcome process(List<ConsumerRecord<String, String>> records, EventHandler handler,
            Runnable inEachTransaction, boolean deadLetter) {
        if (records.isEmpty()) {
            return new Outcome(0, 0, 0, 0);
        }
        try {
            return inTransaction(inEachTransaction, handler,
                    () -> applyInOrder(records.stream().map(this::consumed).toList(), handler, true));
        } catch (RuntimeException batchFailure) {
            if (TransientFailures.isTransient(batchFailure)) {
                throw batchFailure;
            }
            LOG.debugf("batch of %d failed (%s); applying its events one by one", records.size(), batchFailure);
            return oneByOne(records, handler, inEachTransaction, deadLetter);
        }
    }

    /**
     * Applies a set-aside event once its cause is fixed (a consumer that now knows its type, a corrected rule), with
     * {@code inTheSameTransaction} (an audit entry) committed together with it. It is applied where it is, after the
     * events of its aggregate that followed it: the handlers' effects are sums and latest states, which a late event
     * of a past position does not reorder.
     */
    public Replay replaySetAside(UUID eventId, java.util.function.Function<String, EventHandler> handlerOfTopic,
            java.util.function.Consumer<SetAside> inTheSameTransaction) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                limitWaits();
                Optional<ConsumedEvent> e = log.setAsideForReplay(eventId, this::parse);
                if (e.isEmpty()) {
                    return new Replay(Replayed.NOT_SET_ASIDE, null);
                }
                EventHandler handler = handlerOfTopic.apply(e.get().topic());
                if (handler == null) {
                    throw new PoisonEventException("this service no longer consumes " + e.get().topic());
                }
                EventEnvelope event = e.get().event();
                try {
                    handler.apply(event);
                    handler.flush();
                } catch (RuntimeException failure) {
                    handler.discard();
                    throw failure;
                }
                log.replayed(e.get());
                inTheSameTransaction.accept(new SetAside(eventId, e.get().topic(), event.type(), event.aggregateKey(),
                        event.sequence(), null, null));
                LOG.infof("set-aside event %s (%s, sequence %d of %s) replayed", eventId, event.type(),
                        event.sequence(), event.aggregateKey());
                return new Replay(Replayed.APPLIED, null);
            });
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e)) {
                throw e;
            }
            Throwable cause = rootCause(e);
            return new Replay(Replayed.STILL_UNAPPLIABLE, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    /** The events set aside and not replayed yet, oldest first. */
    public List<SetAside> setAside(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> log.setAside(limit));
    }

    private Outcome oneByOne(List<ConsumerRecord<String, String>> records, EventHandler handler,
            Runnable inEachTransaction, boolean deadLetter) {
        int applied = 0;
        int skipped = 0;
        int held = 0;
        int dead = 0;
        for (ConsumerRecord<String, String> r : records) {
            ConsumedEvent e;
            try {
                e = consumed(r);
            } catch (PoisonEventException notAnEvent) {
                // Not an event of ours at all: it has no aggregate whose order it could hold up.
                if (deadLetter) {
                    deadLetters.send(r, notAnEvent);
                }
                dead++;
                continue;
            }
            Attempt<Outcome> one = attempt(() -> inTransaction(inEachTransaction, handler,
                    () -> applyInOrder(List.of(e), handler, false)));
            if (one.failure() == null) {
                applied += one.result().applied();
                skipped += one.result().skipped();
                held += one.result().held();
            } else {
                setAside(e, one.failure(), inEachTransaction, deadLetter ? r : null);
                dead++;
            }
            Outcome released = releaseHeld(e.event().aggregateKey(), handler, inEachTransaction, deadLetter);
            applied += released.applied();
            dead += released.deadLettered();
        }
        return new Outcome(applied, skipped, held, dead);
    }

    /** The held events that now come next in the aggregate's order, one transaction each. */
    private Outcome releaseHeld(String aggregate, EventHandler handler, Runnable inEachTransaction,
            boolean deadLetter) {
        int applied = 0;
        int dead = 0;
        while (true) {
            Optional<Held> next = inTransaction(inEachTransaction, handler, () -> log.nextHeld(aggregate));
            if (next.isEmpty()) {
                return new Outcome(applied, 0, 0, dead);
            }
            Held h = next.get();
            ConsumedEvent e = new ConsumedEvent(h.topic(), parse(h.envelope()), h.envelope());
            Attempt<Void> one = attempt(() -> inTransaction(inEachTransaction, handler, () -> {
                applyInOrder(List.of(e), handler, false);
                log.release(List.of(h));
                return null;
            }));
            if (one.failure() == null) {
                applied++;
            } else {
                if (deadLetter) {
                    deadLetters.send(h.topic(), e.event().subject(), h.envelope(), rootCause(one.failure()));
                }
                setAside(e, one.failure(), inEachTransaction, null);
                inTransaction(inEachTransaction, handler, () -> {
                    log.release(List.of(h));
                    return null;
                });
                dead++;
            }
        }
    }

    private void setAside(ConsumedEvent e, RuntimeException failure, Runnable inEachTransaction,
            ConsumerRecord<String, String> toDeadLetter) {
        Throwable cause = rootCause(failure);
        // The dead letter first: if the broker is away the batch is retried and nothing was recorded yet.
        if (toDeadLetter != null) {
            deadLetters.send(toDeadLetter, cause);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            limitWaits();
            inEachTransaction.run();
            log.setAside(e, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        });
    }

    /** The result of applying one event alone, or the failure that makes it unappliable. */
    private record Attempt<T>(T result, RuntimeException failure) {
    }

    /**
     * Applies one event alone. A failure of the database's (a transient one, or any while the database cannot be
     * reached) fails the whole batch, to be applied again later. An event is unappliable when it says so
     * ({@link PoisonEventException}: not readable, an unknown type, a rule it breaks), or when it fails the same way
     * on every attempt: a connection broken under a statement can surface as an error of the driver that names no
     * SQLSTATE, and it does not repeat on the next connection, while an error of the event's own does.
     */
    private <T> Attempt<T> attempt(Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return new Attempt<>(work.get(), null);
            } catch (RuntimeException failure) {
                boolean poison = rootCause(failure) instanceof PoisonEventException;
                if (!poison && (TransientFailures.isTransient(failure) || !databaseReachable())) {
                    throw failure;
                }
                if (poison || attempt == ATTEMPTS_BEFORE_SETTING_ASIDE) {
                    return new Attempt<>(null, failure);
                }
                LOG.debugf("an event failed (%s); attempt %d of %d", summary(failure), attempt + 1,
                        ATTEMPTS_BEFORE_SETTING_ASIDE);
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
            }
        }
    }

    /**
     * The events in a handful of statements: one look-up each of their ids, their aggregates' positions and the
     * events held for those aggregates; the handler's effects; then the records in JDBC batches.
     */
    private Outcome applyInOrder(List<ConsumedEvent> events, EventHandler handler, boolean releaseHeld) {
        Set<UUID> seen = log.appliedAmong(events.stream().map(e -> e.event().id()).collect(Collectors.toSet()));
        Set<String> aggregates = events.stream().map(e -> e.event().aggregateKey()).collect(Collectors.toSet());
        Map<String, Long> positions = log.positionsOf(aggregates);
        Map<String, NavigableMap<Long, Held>> stored = releaseHeld ? log.heldOf(aggregates) : new HashMap<>();
        Map<String, NavigableMap<Long, ConsumedEvent>> heldNow = new HashMap<>();
        List<ConsumedEvent> applied = new ArrayList<>();
        List<Held> released = new ArrayList<>();
        int skipped = 0;
        for (ConsumedEvent e : events) {
            EventEnvelope event = e.event();
            String aggregate = event.aggregateKey();
            long position = positions.getOrDefault(aggregate, 0L);
            if (seen.contains(event.id()) || event.sequence() <= position) {
                skipped++;
                continue;
            }
            if (event.sequence() > position + 1) {
                boolean alreadyHeld = stored.getOrDefault(aggregate, new TreeMap<>()).containsKey(event.sequence());
                if (alreadyHeld || heldNow.computeIfAbsent(aggregate, a -> new TreeMap<>())
                        .putIfAbsent(event.sequence(), e) != null) {
                    skipped++;
                } else {
                    LOG.warnf("event %s (sequence %d of %s) arrived before sequence %d: held until it comes",
                            event.id(), event.sequence(), aggregate, position + 1);
                }
                continue;
            }
            handler.apply(event);
            applied.add(e);
            seen.add(event.id());
            position = event.sequence();
            if (releaseHeld) {
                while (true) {
                    long next = position + 1;
                    ConsumedEvent following = Optional.ofNullable(heldNow.get(aggregate)).map(m -> m.remove(next))
                            .orElse(null);
                    if (following == null) {
                        Held h = Optional.ofNullable(stored.get(aggregate)).map(m -> m.remove(next)).orElse(null);
                        if (h == null) {
                            break;
                        }
                        released.add(h);
                        following = new ConsumedEvent(h.topic(), parse(h.envelope()), h.envelope());
                        LOG.infof("held event %s (sequence %d of %s) applied: the gap before it closed",
                                following.event().id(), next, aggregate);
                    }
                    handler.apply(following.event());
                    applied.add(following);
                    seen.add(following.event().id());
                    position = next;
                }
            }
            positions.put(aggregate, position);
        }
        handler.flush();
        log.recordAllApplied(applied);
        List<ConsumedEvent> toHold = heldNow.values().stream().flatMap(m -> m.values().stream()).toList();
        log.hold(toHold);
        log.release(released);
        if (!toHold.isEmpty()) {
            registry.counter("giamngheo.inbox.held", "topic", toHold.get(0).topic()).increment(toHold.size());
        }
        return new Outcome(applied.size(), skipped, toHold.size(), 0);
    }

    private <T> T inTransaction(Runnable inEachTransaction, EventHandler handler, Supplier<T> work) {
        boolean[] workDone = { false };
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                limitWaits();
                inEachTransaction.run();
                try {
                    T result = work.get();
                    workDone[0] = true;
                    return result;
                } catch (RuntimeException e) {
                    handler.discard();
                    throw e;
                }
            });
        } catch (RuntimeException e) {
            if (workDone[0]) {
                // Everything was applied and only the commit failed (a session ended under it): the database's fault,
                // never the event's. The effects were rolled back with it, so the handler forgets them too.
                handler.discard();
                throw new CommitFailedException(e);
            }
            throw e;
        }
    }

    /**
     * A locked table or a slow statement ends as a lock or statement timeout, which is retried, well before the
     * transaction timeout, whose abort would not say why.
     */
    private void limitWaits() {
        em.createNativeQuery("SELECT set_config('lock_timeout', :lock, true), set_config('statement_timeout', :stmt,"
                + " true)")
                .setParameter("lock", config.lockTimeout().toMillis() + "ms")
                .setParameter("stmt", config.statementTimeout().toMillis() + "ms")
                .getSingleResult();
    }

    private ConsumedEvent consumed(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new PoisonEventException("the record has no value");
        }
        return new ConsumedEvent(record.topic(), parse(record.value()), record.value());
    }

    private EventEnvelope parse(String json) {
        EventEnvelope event;
        try {
            event = mapper.readValue(json, EventEnvelope.class);
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

    private static String summary(Throwable e) {
        Throwable root = rootCause(e);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && !(t instanceof PoisonEventException)) {
            t = t.getCause();
        }
        return t;
    }
}

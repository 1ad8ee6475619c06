package vn.giamngheo.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.giamngheo.platform.events.EventEnvelope;

/**
 * A consumer as a service writes one: the adapter hands the poll's batch to the inbox, and the handler applies an
 * event's effect (here a row per event, so that applying twice would show).
 */
@ApplicationScoped
public class TestEventConsumer {

    static final String KNOWN_TYPE = "vn.giamngheo.test.amount-recorded.v1";
    /** Recorded like the known type, but its first two attempts fail as a terminated database session does. */
    static final String FLAKY_TYPE = "vn.giamngheo.test.amount-recorded-after-a-terminated-session.v1";

    /** Recorded like the known type, but its first attempt fails as a driver does on a connection closed under it. */
    static final String HICCUP_TYPE = "vn.giamngheo.test.amount-recorded-after-a-driver-hiccup.v1";
    /** Fails on every attempt with an error that is neither the database's nor declared poison: a handler's bug. */
    static final String BROKEN_TYPE = "vn.giamngheo.test.amount-the-handler-cannot-record.v1";

    private static final java.util.Map<java.util.UUID, Integer> ATTEMPTS = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    Inbox inbox;

    @Inject
    EntityManager em;

    @Incoming("household-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        inbox.processUntilApplied(records, this::apply);
    }

    void apply(EventEnvelope event) {
        if (FLAKY_TYPE.equals(event.type()) && ATTEMPTS.merge(event.id(), 1, Integer::sum) <= 2) {
            throw new IllegalStateException(new java.sql.SQLException(
                    "terminating connection due to administrator command", "57P01"));
        }
        if (HICCUP_TYPE.equals(event.type()) && ATTEMPTS.merge(event.id(), 1, Integer::sum) <= 1) {
            throw new IllegalStateException("pgStatement.getConnection().getAutoCommit() should not throw");
        }
        if (BROKEN_TYPE.equals(event.type())) {
            throw new IllegalStateException("the handler cannot record amount " + event.data().get("amount"));
        }
        if (!KNOWN_TYPE.equals(event.type()) && !FLAKY_TYPE.equals(event.type()) && !HICCUP_TYPE.equals(event.type())) {
            throw new PoisonEventException("unknown event type " + event.type());
        }
        record(event);
    }

    /** The effect of an event: what a consumer that knows its type does. */
    void record(EventEnvelope event) {
        em.createNativeQuery("INSERT INTO test_effect (event_id, aggregate, sequence, amount) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, event.id())
                .setParameter(2, event.aggregateKey())
                .setParameter(3, event.sequence())
                .setParameter(4, event.data().get("amount").asLong())
                .executeUpdate();
    }
}

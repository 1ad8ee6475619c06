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
        if (!KNOWN_TYPE.equals(event.type())) {
            throw new PoisonEventException("unknown event type " + event.type());
        }
        em.createNativeQuery("INSERT INTO test_effect (event_id, aggregate, sequence, amount) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, event.id())
                .setParameter(2, event.aggregateKey())
                .setParameter(3, event.sequence())
                .setParameter(4, event.data().get("amount").asLong())
                .executeUpdate();
    }
}

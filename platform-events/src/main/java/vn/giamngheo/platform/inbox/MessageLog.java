package vn.giamngheo.platform.inbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.giamngheo.platform.events.EventEnvelope;

/**
 * The consumer's memory of what it applied: event ids and each aggregate's last sequence. Its methods join the
 * caller's transaction, so the check, the effect and the record commit together.
 */
@ApplicationScoped
public class MessageLog {

    @Inject
    EntityManager em;

    /** Whether the event was applied already, or is older than what its aggregate has already seen. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean alreadyApplied(EventEnvelope event) {
        boolean seen = !em.createNativeQuery("SELECT 1 FROM inbox_event WHERE event_id = :id")
                .setParameter("id", event.id())
                .getResultList().isEmpty();
        if (seen) {
            return true;
        }
        Object last = em.createNativeQuery("SELECT last_sequence FROM inbox_aggregate_position WHERE aggregate = :a")
                .setParameter("a", event.aggregateKey())
                .getResultStream().findFirst().orElse(null);
        return last != null && ((Number) last).longValue() >= event.sequence();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordApplied(String topic, EventEnvelope event) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("""
                INSERT INTO inbox_event (event_id, topic, aggregate, sequence, type, applied_at)
                VALUES (:id, :topic, :aggregate, :sequence, :type, :now)""")
                .setParameter("id", event.id())
                .setParameter("topic", topic)
                .setParameter("aggregate", event.aggregateKey())
                .setParameter("sequence", event.sequence())
                .setParameter("type", event.type())
                .setParameter("now", now)
                .executeUpdate();
        em.createNativeQuery("""
                INSERT INTO inbox_aggregate_position (aggregate, last_sequence, updated_at)
                VALUES (:aggregate, :sequence, :now)
                ON CONFLICT (aggregate) DO UPDATE
                SET last_sequence = GREATEST(inbox_aggregate_position.last_sequence, EXCLUDED.last_sequence),
                    updated_at = EXCLUDED.updated_at""")
                .setParameter("aggregate", event.aggregateKey())
                .setParameter("sequence", event.sequence())
                .setParameter("now", now)
                .executeUpdate();
    }
}

package vn.giamngheo.platform.inbox;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

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

    /** Of these event ids, those applied already. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Set<UUID> appliedAmong(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        planForTheTablesAsTheyAreNow();
        return new HashSet<>(em.createNativeQuery("SELECT event_id FROM inbox_event WHERE event_id IN (:ids)")
                .setParameter("ids", ids).getResultList());
    }

    /** The last applied sequence of each of these aggregates that has one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> positionsOf(Collection<String> aggregates) {
        Map<String, Long> positions = new HashMap<>();
        if (!aggregates.isEmpty()) {
            planForTheTablesAsTheyAreNow();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "SELECT aggregate, last_sequence FROM inbox_aggregate_position WHERE aggregate IN (:a)")
                    .setParameter("a", aggregates).getResultList();
            rows.forEach(r -> positions.put((String) r[0], ((Number) r[1]).longValue()));
        }
        return positions;
    }

    /**
     * The inbox tables grow by every event applied. A generic plan cached while they were small (a sequential scan)
     * stays in use until their statistics change, and where autovacuum is off or lags (the CI machine's PostgreSQL
     * runs with autovacuum = off) they never do: each look-up of a batch's ids then scanned the whole table and the
     * reporting inbox fell from ~10,000 to ~200 events/s. Planning the look-ups afresh costs about a millisecond.
     */
    private void planForTheTablesAsTheyAreNow() {
        em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
    }

    /** Records a batch of applied events in two statements' worth of round trips. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAllApplied(List<ConsumedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(OffsetDateTime.now(ZoneOffset.UTC).toInstant());
        Map<String, Long> last = new HashMap<>();
        events.forEach(e -> last.merge(e.event().aggregateKey(), e.event().sequence(), Math::max));
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ids = c.prepareStatement("""
                    INSERT INTO inbox_event (event_id, topic, aggregate, sequence, type, applied_at)
                    VALUES (?, ?, ?, ?, ?, ?)""");
                    PreparedStatement positions = c.prepareStatement("""
                            INSERT INTO inbox_aggregate_position (aggregate, last_sequence, updated_at) VALUES (?, ?, ?)
                            ON CONFLICT (aggregate) DO UPDATE
                            SET last_sequence = GREATEST(inbox_aggregate_position.last_sequence, EXCLUDED.last_sequence),
                                updated_at = EXCLUDED.updated_at""")) {
                for (ConsumedEvent e : events) {
                    ids.setObject(1, e.event().id());
                    ids.setString(2, e.topic());
                    ids.setString(3, e.event().aggregateKey());
                    ids.setLong(4, e.event().sequence());
                    ids.setString(5, e.event().type());
                    ids.setTimestamp(6, now);
                    ids.addBatch();
                }
                ids.executeBatch();
                for (Map.Entry<String, Long> p : last.entrySet()) {
                    positions.setString(1, p.getKey());
                    positions.setLong(2, p.getValue());
                    positions.setTimestamp(3, now);
                    positions.addBatch();
                }
                positions.executeBatch();
            }
        });
    }

    /** An event and the topic it came from. */
    public record ConsumedEvent(String topic, EventEnvelope event) {
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

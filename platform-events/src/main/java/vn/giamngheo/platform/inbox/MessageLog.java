package vn.giamngheo.platform.inbox;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.Set;
import java.util.UUID;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
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

    /** An event, the topic it came from, and its JSON as it arrived. */
    public record ConsumedEvent(String topic, EventEnvelope event, String json) {
    }

    /** The events held for a gap in each of these aggregates, by sequence. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, NavigableMap<Long, Held>> heldOf(Collection<String> aggregates) {
        Map<String, NavigableMap<Long, Held>> held = new HashMap<>();
        if (!aggregates.isEmpty()) {
            planForTheTablesAsTheyAreNow();
            @SuppressWarnings("unchecked")
            List<Tuple> rows = em.createNativeQuery(
                    "SELECT aggregate, sequence, topic, envelope FROM inbox_held_event WHERE aggregate IN (:a)",
                    Tuple.class).setParameter("a", aggregates).getResultList();
            for (Tuple t : rows) {
                Held h = new Held(t.get("aggregate", String.class), t.get("sequence", Number.class).longValue(),
                        t.get("topic", String.class), t.get("envelope", String.class));
                held.computeIfAbsent(h.aggregate(), a -> new TreeMap<>()).put(h.sequence(), h);
            }
        }
        return held;
    }

    /** An event held until the gap before it closes, as it arrived. */
    public record Held(String aggregate, long sequence, String topic, String envelope) {
    }

    /** Keeps events that arrived before an earlier event of their aggregate; one already held stays as it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(List<ConsumedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(OffsetDateTime.now(ZoneOffset.UTC).toInstant());
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO inbox_held_event (aggregate, sequence, event_id, topic, envelope, held_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (aggregate, sequence) DO NOTHING""")) {
                for (ConsumedEvent e : events) {
                    ps.setString(1, e.event().aggregateKey());
                    ps.setLong(2, e.event().sequence());
                    ps.setObject(3, e.event().id());
                    ps.setString(4, e.topic());
                    ps.setString(5, e.json());
                    ps.setTimestamp(6, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Forgets held events once they were applied or set aside. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(Collection<Held> held) {
        for (Held h : held) {
            em.createNativeQuery("DELETE FROM inbox_held_event WHERE aggregate = :a AND sequence = :s")
                    .setParameter("a", h.aggregate()).setParameter("s", h.sequence()).executeUpdate();
        }
    }

    /** The held event that comes next in its aggregate's order, if it is there. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<Held> nextHeld(String aggregate) {
        Map<String, Long> position = positionsOf(List.of(aggregate));
        long next = position.getOrDefault(aggregate, 0L) + 1;
        // A held event the position has passed (it came again and was applied in order) waits for nothing.
        em.createNativeQuery("DELETE FROM inbox_held_event WHERE aggregate = :a AND sequence < :next")
                .setParameter("a", aggregate).setParameter("next", next).executeUpdate();
        return java.util.Optional.ofNullable(heldOf(List.of(aggregate)).getOrDefault(aggregate, new TreeMap<>())
                .get(next));
    }

    /**
     * Sets an unappliable event aside: kept for a replay once its cause is fixed, and counted as its aggregate's
     * next position so that the events after it are not held forever.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setAside(ConsumedEvent e, String reason) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("""
                INSERT INTO inbox_set_aside_event (event_id, topic, aggregate, sequence, type, envelope, reason,
                    set_aside_at)
                VALUES (:id, :topic, :aggregate, :sequence, :type, :envelope, :reason, :now)
                ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("id", e.event().id())
                .setParameter("topic", e.topic())
                .setParameter("aggregate", e.event().aggregateKey())
                .setParameter("sequence", e.event().sequence())
                .setParameter("type", e.event().type())
                .setParameter("envelope", e.json())
                .setParameter("reason", reason)
                .setParameter("now", now)
                .executeUpdate();
        advance(e.event().aggregateKey(), e.event().sequence(), now);
    }

    private void advance(String aggregate, long sequence, OffsetDateTime now) {
        em.createNativeQuery("""
                INSERT INTO inbox_aggregate_position (aggregate, last_sequence, updated_at)
                VALUES (:aggregate, :sequence, :now)
                ON CONFLICT (aggregate) DO UPDATE
                SET last_sequence = GREATEST(inbox_aggregate_position.last_sequence, EXCLUDED.last_sequence),
                    updated_at = EXCLUDED.updated_at""")
                .setParameter("aggregate", aggregate)
                .setParameter("sequence", sequence)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** A set-aside event not replayed yet, locked for its replay. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<ConsumedEvent> setAsideForReplay(java.util.UUID eventId,
            java.util.function.Function<String, EventEnvelope> parse) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                SELECT topic, envelope FROM inbox_set_aside_event WHERE event_id = :id AND replayed_at IS NULL
                FOR UPDATE""", Tuple.class).setParameter("id", eventId).getResultList();
        return rows.stream().findFirst().map(t -> new ConsumedEvent(t.get("topic", String.class),
                parse.apply(t.get("envelope", String.class)), t.get("envelope", String.class)));
    }

    /** The set-aside events not replayed yet, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Inbox.SetAside> setAside(int limit) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                SELECT event_id, topic, type, aggregate, sequence, reason, set_aside_at FROM inbox_set_aside_event
                WHERE replayed_at IS NULL ORDER BY set_aside_at, event_id LIMIT :limit""", Tuple.class)
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(t -> new Inbox.SetAside(t.get("event_id", java.util.UUID.class),
                t.get("topic", String.class), t.get("type", String.class), t.get("aggregate", String.class),
                t.get("sequence", Number.class).longValue(), t.get("reason", String.class),
                toOffset(t.get("set_aside_at")))).toList();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** Records that a set-aside event was applied by a replay. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replayed(ConsumedEvent e) {
        recordAllApplied(List.of(e));
        em.createNativeQuery("UPDATE inbox_set_aside_event SET replayed_at = now() WHERE event_id = :id")
                .setParameter("id", e.event().id()).executeUpdate();
    }
}

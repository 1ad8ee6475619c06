package vn.giamngheo.platform.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes events into the outbox inside the caller's transaction: the event commits with the business change or
 * not at all. The relay publishes it later; nothing here talks to Kafka.
 */
@ApplicationScoped
public class Outbox {

    // One statement: take the aggregate's next sequence (locking its row until commit, which orders concurrent
    // writers of the same aggregate) and insert the event with it.
    private static final String INSERT = """
            WITH seq AS (
                INSERT INTO outbox_aggregate_sequence (aggregate_type, aggregate_id, last_sequence)
                VALUES (:aggregateType, :aggregateId, 1)
                ON CONFLICT (aggregate_type, aggregate_id)
                DO UPDATE SET last_sequence = outbox_aggregate_sequence.last_sequence + 1
                RETURNING last_sequence)
            INSERT INTO outbox_event (event_id, topic, aggregate_type, aggregate_id, sequence, type, payload, created_at)
            SELECT :eventId, :topic, :aggregateType, :aggregateId, seq.last_sequence, :type, CAST(:payload AS jsonb), :createdAt
            FROM seq
            RETURNING sequence""";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /**
     * Records an event for publication on {@code topic}, keyed by the aggregate id.
     *
     * @return the event's id and its sequence within the aggregate
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PublishedEvent publish(String topic, String aggregateType, String aggregateId, String type, Object payload) {
        UUID eventId = UUID.randomUUID();
        String json;
        try {
            json = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload of " + type + " cannot be written as JSON", e);
        }
        Number sequence = (Number) em.createNativeQuery(INSERT)
                .setParameter("eventId", eventId)
                .setParameter("topic", topic)
                .setParameter("aggregateType", aggregateType)
                .setParameter("aggregateId", aggregateId)
                .setParameter("type", type)
                .setParameter("payload", json)
                .setParameter("createdAt", OffsetDateTime.now(ZoneOffset.UTC))
                .getSingleResult();
        return new PublishedEvent(eventId, sequence.longValue());
    }

    /** What the caller may tell its client about the event it caused. */
    public record PublishedEvent(UUID eventId, long sequence) {
    }
}

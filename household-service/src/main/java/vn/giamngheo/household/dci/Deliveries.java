package vn.giamngheo.household.dci;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import vn.giamngheo.platform.web.audit.AuditTrail;

/**
 * What is owed to the systems' URIs: answers to async requests and notifications, kept in the database with the
 * transaction that made them owed, sent by {@link DeliveryWorker}, retried with a growing pause for as long as
 * {@code giamngheo.dci.delivery.give-up-after} (7 days), then reported as undelivered in the metric
 * {@code giamngheo_dci_deliveries_undelivered_total} and the audit trail. The body of a delivered or abandoned one
 * is dropped: it may hold personal data.
 */
@ApplicationScoped
public class Deliveries {

    @ConfigProperty(name = "giamngheo.dci.delivery.give-up-after")
    Duration giveUpAfter;

    @ConfigProperty(name = "giamngheo.dci.delivery.first-pause")
    Duration firstPause;

    @ConfigProperty(name = "giamngheo.dci.delivery.longest-pause")
    Duration longestPause;

    /** The row is still this attempt's: pending, and not claimed by another attempt since (attempts unchanged). */
    private static final String STILL_CLAIMED = "id = :id AND status = 'PENDING' AND attempts = :a";

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    MeterRegistry meters;

    @Inject
    RegistryKey key;

    /** A delivery claimed for an attempt. */
    public record Due(UUID id, String senderId, String kind, String correlationId, String targetUri, String body,
            int attempts, OffsetDateTime giveUpAt) {
    }

    /**
     * Owes a message to a URI, in the caller's transaction. A notification of the same event to the same subscription
     * is owed once.
     *
     * @param envelope {header, message}, or null for an answer the worker makes when it sends it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void owe(String senderId, String kind, String correlationId, String subscription, UUID eventId,
            String targetUri, com.fasterxml.jackson.databind.JsonNode envelope, boolean personal) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("INSERT INTO dci_delivery (id, sender_id, kind, correlation_id, subscription, event_id,"
                + " target_uri, body, personal, status, next_attempt_at, give_up_at, created_at) VALUES (:id, :s, :k,"
                + " :c, :sub, :e, :t, :b, :p, 'PENDING', :now, :giveUp, :now)"
                + " ON CONFLICT (subscription, event_id) DO NOTHING").setParameter("id", UUID.randomUUID())
                .setParameter("s", senderId).setParameter("k", kind).setParameter("c", correlationId)
                .setParameter("sub", subscription).setParameter("e", eventId).setParameter("t", targetUri)
                .setParameter("b", envelope == null ? null : envelope.toString()).setParameter("p", personal)
                .setParameter("now", now).setParameter("giveUp", now.plus(giveUpAfter)).executeUpdate();
    }

    /** Claims the due deliveries for an attempt: none is claimed twice, by this process or another, within the lease. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Due> claim(int most, Duration lease) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("UPDATE dci_delivery SET next_attempt_at = :lease, attempts ="
                + " attempts + 1 WHERE id IN (SELECT id FROM dci_delivery WHERE status = 'PENDING' AND next_attempt_at"
                + " <= :now ORDER BY next_attempt_at LIMIT :most FOR UPDATE SKIP LOCKED) RETURNING id, sender_id,"
                + " kind, correlation_id, target_uri, body, attempts, give_up_at", Tuple.class)
                .setParameter("lease", now.plus(lease)).setParameter("now", now).setParameter("most", most)
                .getResultList();
        return rows.stream().map(t -> new Due(t.get("id", UUID.class), t.get("sender_id", String.class),
                t.get("kind", String.class), t.get("correlation_id", String.class), t.get("target_uri", String.class),
                t.get("body", String.class), ((Number) t.get("attempts")).intValue(),
                t.get("give_up_at", java.time.Instant.class).atOffset(ZoneOffset.UTC))).toList();
    }

    /**
     * Keeps the answer made for a claimed delivery, unless another attempt claimed it since.
     *
     * @return whether the claim still held
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean made(Due due, String envelope, boolean personal) {
        return em.createNativeQuery("UPDATE dci_delivery SET body = :b, personal = :p WHERE " + STILL_CLAIMED)
                .setParameter("b", envelope).setParameter("p", personal).setParameter("id", due.id())
                .setParameter("a", due.attempts()).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(Due due, String note) {
        if (em.createNativeQuery("UPDATE dci_delivery SET status = 'DELIVERED', delivered_at = now(), body = NULL,"
                + " last_error = :n WHERE " + STILL_CLAIMED).setParameter("n", note).setParameter("id", due.id())
                .setParameter("a", due.attempts()).executeUpdate() == 1) {
            meters.counter("giamngheo.dci.deliveries.delivered", "kind", due.kind()).increment();
        }
    }

    /** An attempt failed: another is planned after a pause twice the last, unless the time to keep trying is over. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Due due, String error) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (!now.isBefore(due.giveUpAt())) {
            undelivered(due, error);
            return;
        }
        em.createNativeQuery("UPDATE dci_delivery SET next_attempt_at = :next, last_error = :e WHERE " + STILL_CLAIMED)
                .setParameter("next", now.plus(pause(due.attempts()))).setParameter("e", error)
                .setParameter("id", due.id()).setParameter("a", due.attempts()).executeUpdate();
    }

    /** Gives a delivery up at once: its system was deregistered, or its URI is no longer one it registered. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void abandon(Due due, String reason) {
        undelivered(due, reason);
    }

    /** Gives up what is still owed to a system that is deregistered, in the deregistration's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int abandonAll(String senderId) {
        return em.createNativeQuery("UPDATE dci_delivery SET status = 'UNDELIVERED', body = NULL, last_error ="
                + " 'the system was deregistered' WHERE sender_id = :s AND status = 'PENDING'")
                .setParameter("s", senderId).executeUpdate();
    }

    private void undelivered(Due due, String error) {
        if (em.createNativeQuery("UPDATE dci_delivery SET status = 'UNDELIVERED', body = NULL, last_error = :e WHERE "
                + STILL_CLAIMED).setParameter("e", error).setParameter("id", due.id())
                .setParameter("a", due.attempts()).executeUpdate() == 0) {
            return;
        }
        meters.counter("giamngheo.dci.deliveries.undelivered", "kind", due.kind()).increment();
        // Filed under the system's first area, by the registry itself: no request of anybody's gave it up.
        String area = DciSystem.<DciSystem>findByIdOptional(due.senderId()).map(system -> system.areaList().get(0))
                .orElse("04");
        audit.recordFor(key.registryId(), "system", area, "DCI_UNDELIVERED", "dci_delivery", due.id().toString(), area,
                LocalDate.now(), null, Map.of("sender", due.senderId(), "kind", due.kind(), "target", due.targetUri(),
                        "attempts", due.attempts(), "lastError", error));
    }

    Duration pause(int attempts) {
        Duration pause = firstPause;
        for (int i = 1; i < attempts && pause.compareTo(longestPause) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }

    /** The deliveries of a sender, newest first, for the province's officer watching what is owed. */
    @Transactional
    public List<Map<String, Object>> list(String senderId, String status, int most) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT id, sender_id, kind, correlation_id, subscription, target_uri,"
                + " status, attempts, last_error, created_at, delivered_at, give_up_at FROM dci_delivery WHERE"
                + " (CAST(:s AS text) IS NULL OR sender_id = :s) AND (CAST(:st AS text) IS NULL OR status = :st)"
                + " ORDER BY created_at DESC LIMIT :most", Tuple.class).setParameter("s", senderId)
                .setParameter("st", status).setParameter("most", most).getResultList();
        return rows.stream().map(t -> {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            t.getElements().forEach(e -> row.put(e.getAlias(), t.get(e.getAlias())));
            return row;
        }).toList();
    }
}

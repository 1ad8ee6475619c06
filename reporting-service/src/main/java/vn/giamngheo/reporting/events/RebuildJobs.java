package vn.giamngheo.reporting.events;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.giamngheo.platform.database.TransientFailures;
import vn.giamngheo.platform.web.problem.ProblemException;

/**
 * Rebuilds as background jobs, one at a time across every replica: asked for, a job is recorded and answered at
 * once, and runs on a thread of its own; its record tells how it goes. It cleans up after itself: fresh tables
 * identical to the live ones are dropped, a failed job's are dropped, and a new job drops what earlier jobs kept
 * for inspection, so at most one rebuild's tables are ever kept. A job whose service stopped under it (no heartbeat
 * for {@code giamngheo.rebuild.stale-after}) is marked failed and cleaned up when the next one is asked for.
 */
@ApplicationScoped
public class RebuildJobs {

    private static final Logger LOG = Logger.getLogger(RebuildJobs.class);
    private static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(5);

    /** Where a job stands. */
    @Schema(name = "RebuildState")
    public enum State {
        QUEUED, RUNNING, IDENTICAL, DIFFERENT, SWAPPED, FAILED
    }

    /** A job as its record holds it. */
    @Schema(name = "RebuildJob")
    public record Job(
            @Schema(required = true) UUID id,
            @Schema(required = true) String requestedBy,
            @Schema(required = true) OffsetDateTime requestedAt,
            @Schema(required = true) boolean swap,
            @Schema(required = true) State state,
            @Schema(required = true, description = "the database schema of the job's fresh tables")
            String schema,
            @Schema(description = "null until the job ends") OffsetDateTime finishedAt,
            @Schema(description = "events read; null until the job ends, and for a failed job") Long events,
            @Schema(description = "events set aside; null until the job ends, and for a failed job") Long setAside,
            @Schema(description = "per read model, whether the fresh table came out identical to the live one; null"
                    + " until the job ends, and for a failed job") Map<String, Boolean> identical,
            @Schema(description = "what went wrong; null when nothing did") String error) {
    }

    @Inject
    EntityManager em;

    @Inject
    Rebuild rebuild;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "giamngheo.rebuild.stale-after", defaultValue = "PT2M")
    Duration staleAfter;

    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "read-model-rebuild");
        t.setDaemon(true);
        return t;
    });

    private final java.util.concurrent.ScheduledExecutorService heartbeats = Executors
            .newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "read-model-rebuild-heartbeat");
                t.setDaemon(true);
                return t;
            });

    @PreDestroy
    void stop() {
        runner.shutdownNow();
        heartbeats.shutdownNow();
    }

    /** Records a job and starts it; refused with 409 while another one is queued or running. */
    public Job start(String requestedBy, boolean swap) {
        expireStale();
        Instant now = Instant.now();
        UUID id = UUID.randomUUID();
        String schema = "rebuild_" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC)
                .format(now) + "_" + id.toString().substring(0, 6);
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    INSERT INTO rebuild_job (id, requested_by, requested_at, swap, state, schema_name, heartbeat_at)
                    VALUES (:id, :by, :at, :swap, 'QUEUED', :schema, :at)""")
                    .setParameter("id", id).setParameter("by", requestedBy)
                    .setParameter("at", now.atOffset(ZoneOffset.UTC)).setParameter("swap", swap)
                    .setParameter("schema", schema).executeUpdate());
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e)) {
                throw e;
            }
            Job active = active().orElseThrow(() -> e);
            throw ProblemException.conflict("A rebuild is already " + active.state().name().toLowerCase()
                    + " (job " + active.id() + ", asked for by " + active.requestedBy() + " at " + active.requestedAt()
                    + "): follow it at GET /api/v1/admin/rebuild/" + active.id() + " and ask again once it ends.");
        }
        Job queued = find(id).orElseThrow();
        runner.submit(() -> execute(id, schema, swap));
        return queued;
    }

    public Optional<Job> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT " + COLUMNS + " FROM rebuild_job WHERE id = :id", Tuple.class).setParameter("id", id)
                .getResultList().stream().map(r -> job((Tuple) r)).findFirst());
    }

    /** The latest jobs, newest first. */
    public List<Job> recent(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT " + COLUMNS + " FROM rebuild_job ORDER BY requested_at DESC", Tuple.class)
                .setMaxResults(limit).getResultList().stream().map(r -> job((Tuple) r)).toList());
    }

    private Optional<Job> active() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT " + COLUMNS
                + " FROM rebuild_job WHERE state IN ('QUEUED', 'RUNNING')", Tuple.class).getResultList().stream()
                .map(r -> job((Tuple) r)).findFirst());
    }

    private void execute(UUID id, String schema, boolean swap) {
        // The heartbeat beats while the job runs, whatever it waits for (a lock, a comparison, the broker).
        java.util.concurrent.ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(() -> {
            try {
                update(id, "UPDATE rebuild_job SET heartbeat_at = now() WHERE id = :id AND state = 'RUNNING'");
            } catch (RuntimeException e) {
                LOG.warnf("rebuild %s: heartbeat not recorded (%s)", id, e.toString());
            }
        }, HEARTBEAT_EVERY.toMillis(), HEARTBEAT_EVERY.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        boolean[] swapped = { false };
        try {
            dropKeptByEarlierJobs(id);
            update(id, "UPDATE rebuild_job SET state = 'RUNNING', heartbeat_at = now() WHERE id = :id"
                    + " AND state = 'QUEUED'");
            rebuild.prepare(schema);
            Rebuild.Result result = rebuild.run(schema, swap);
            swapped[0] = result.swapped();
            State state = result.swapped() ? State.SWAPPED
                    : result.allIdentical() ? State.IDENTICAL : State.DIFFERENT;
            if (state == State.IDENTICAL) {
                rebuild.drop(schema);
            }
            String identical = json(result.identical());
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    UPDATE rebuild_job SET state = :state, finished_at = now(), heartbeat_at = now(), events = :events,
                           set_aside = :setAside, identical = CAST(:identical AS jsonb)
                    WHERE id = :id AND state = 'RUNNING'""").setParameter("state", state.name())
                    .setParameter("events", result.events()).setParameter("setAside", result.setAside())
                    .setParameter("identical", identical).setParameter("id", id).executeUpdate());
            LOG.infof("rebuild %s: %d events, %d set aside, %s %s", id, result.events(), result.setAside(), state,
                    result.identical());
        } catch (RuntimeException e) {
            LOG.errorf(e, "rebuild %s failed", id);
            // After a swap the schema holds the tables that were live before it: kept, whatever failed after.
            if (!swapped[0]) {
                rebuild.drop(schema);
            }
            String error = String.valueOf(e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    UPDATE rebuild_job SET state = :state, finished_at = now(), error = :error
                    WHERE id = :id AND state = 'RUNNING'""")
                    .setParameter("state", swapped[0] ? State.SWAPPED.name() : State.FAILED.name())
                    .setParameter("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                    .setParameter("id", id).executeUpdate());
        } finally {
            beat.cancel(false);
        }
    }

    /** A job whose service stopped under it ends as failed, and its tables go. */
    private void expireStale() {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(staleAfter);
        @SuppressWarnings("unchecked")
        List<String> schemas = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                UPDATE rebuild_job SET state = 'FAILED', finished_at = now(),
                       error = 'the service stopped while the rebuild ran (no heartbeat since ' || heartbeat_at || ')'
                WHERE state IN ('QUEUED', 'RUNNING') AND heartbeat_at < :before
                RETURNING schema_name""").setParameter("before", before).getResultList());
        schemas.forEach(rebuild::drop);
    }

    private void dropKeptByEarlierJobs(UUID current) {
        @SuppressWarnings("unchecked")
        List<String> kept = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT schema_name FROM rebuild_job
                WHERE id <> :id AND state IN ('DIFFERENT', 'SWAPPED', 'FAILED')""").setParameter("id", current)
                .getResultList());
        kept.forEach(rebuild::drop);
    }

    private void update(UUID id, String sql) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).setParameter("id", id).executeUpdate());
    }

    private static final String COLUMNS = "id, requested_by, requested_at, swap, state, schema_name, finished_at,"
            + " events, set_aside, identical::text AS identical, error";

    private Job job(Tuple r) {
        return new Job(r.get("id", UUID.class), r.get("requested_by", String.class),
                offset(r.get("requested_at")), r.get("swap", Boolean.class),
                State.valueOf(r.get("state", String.class)), r.get("schema_name", String.class),
                offset(r.get("finished_at")), number(r.get("events")), number(r.get("set_aside")),
                identical(r.get("identical", String.class)), r.get("error", String.class));
    }

    private static OffsetDateTime offset(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private Map<String, Boolean> identical(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, new TypeReference<java.util.LinkedHashMap<String, Boolean>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rebuild job holds invalid JSON", e);
        }
    }

    private String json(Map<String, Boolean> identical) {
        try {
            return mapper.writeValueAsString(identical);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

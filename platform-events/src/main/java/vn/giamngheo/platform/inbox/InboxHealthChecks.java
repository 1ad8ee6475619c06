package vn.giamngheo.platform.inbox;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The consumers in the health report. Readiness shows a stall as data and stays UP: a database or broker outage
 * must not take the service's reads out of rotation. Liveness fails only when a topic has made no progress for the
 * configured limit while records wait, so that a stuck consumer is restarted.
 */
@ApplicationScoped
public class InboxHealthChecks {

    @Inject
    InboxProgress progress;

    @Inject
    InboxConfig config;

    @Inject
    InboxBacklog backlog;

    @Produces
    @Readiness
    HealthCheck consumersReady() {
        return () -> {
            HealthCheckResponseBuilder b = describe(HealthCheckResponse.named("event consumers").up());
            InboxBacklog.Snapshot held = backlog.read();
            b.withData("heldEvents", held.held()).withData("oldestHeldSeconds", held.oldestHeldAge().toSeconds())
                    .withData("setAsideEvents", held.setAside());
            return b.build();
        };
    }

    @Produces
    @Liveness
    HealthCheck consumersAlive() {
        return () -> {
            Instant now = Instant.now();
            boolean stuck = progress.snapshot().values().stream()
                    .anyMatch(s -> s.stalledFor(now).compareTo(config.stallLimit()) > 0);
            return describe(HealthCheckResponse.named("event consumers making progress").status(!stuck)).build();
        };
    }

    private HealthCheckResponseBuilder describe(HealthCheckResponseBuilder b) {
        Instant now = Instant.now();
        for (Map.Entry<String, InboxProgress.TopicState> t : progress.snapshot().entrySet()) {
            InboxProgress.TopicState s = t.getValue();
            b.withData(t.getKey() + ".recordsWaiting", s.recordsWaiting());
            b.withData(t.getKey() + ".stalledSeconds", s.stalledFor(now).toSeconds());
            if (s.lastProgress() != null) {
                b.withData(t.getKey() + ".secondsSinceProgress",
                        java.time.Duration.between(s.lastProgress(), now).toSeconds());
            }
            if (s.lastError() != null) {
                b.withData(t.getKey() + ".lastError", s.lastError());
            }
        }
        return b;
    }
}

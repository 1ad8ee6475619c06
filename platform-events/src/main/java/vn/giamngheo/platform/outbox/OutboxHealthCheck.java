package vn.giamngheo.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the outbox in the readiness report as information only: a broker outage delays events, it must never
 * take the service out of rotation, so this check is always UP.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject
    OutboxBacklog backlog;

    @Inject
    OutboxRelayLifecycle lifecycle;

    @Override
    public HealthCheckResponse call() {
        OutboxBacklog.Snapshot snapshot = backlog.read();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("outbox").up()
                .withData("unsent", snapshot.unsent())
                .withData("oldestUnsentSeconds", snapshot.oldestAge().toSeconds());
        OutboxRelay relay = lifecycle.relay();
        if (relay == null) {
            b.withData("relay", "disabled on this instance");
        } else {
            b.withData("relay", relay.isActive() ? "active" : "standing by");
            b.withData("published", relay.publishedCount());
            if (relay.lastError() != null) {
                b.withData("lastError", relay.lastError());
            }
        }
        return b.build();
    }
}

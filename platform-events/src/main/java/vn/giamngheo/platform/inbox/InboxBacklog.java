package vn.giamngheo.platform.inbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Events the inbox holds for a gap in their aggregate's order, and events it set aside as unappliable: metrics for
 * alerts, and information in the health report. A gap that does not close is an event lost upstream.
 */
@ApplicationScoped
@Startup
public class InboxBacklog {

    private final AgroalDataSource dataSource;

    @Inject
    public InboxBacklog(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        Gauge.builder("giamngheo.inbox.held.events", this, b -> b.read().held())
                .description("events held until an earlier event of their aggregate arrives")
                .register(registry);
        Gauge.builder("giamngheo.inbox.oldest.held.age", this, b -> b.read().oldestHeldAge().toSeconds())
                .baseUnit("seconds")
                .description("how long the oldest held event has waited for the gap before it")
                .register(registry);
        Gauge.builder("giamngheo.inbox.set.aside.events", this, b -> b.read().setAside())
                .description("events set aside as unappliable and not replayed yet")
                .register(registry);
    }

    public Snapshot read() {
        try (var c = dataSource.getConnection();
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT (SELECT count(*) FROM inbox_held_event),"
                        + " (SELECT min(held_at) FROM inbox_held_event),"
                        + " (SELECT count(*) FROM inbox_set_aside_event WHERE replayed_at IS NULL)")) {
            rs.next();
            OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
            Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, OffsetDateTime.now(ZoneOffset.UTC));
            return new Snapshot(rs.getLong(1), age, rs.getLong(3));
        } catch (java.sql.SQLException e) {
            return new Snapshot(-1, Duration.ZERO, -1);
        }
    }

    /** Held events, the oldest one's wait, and set-aside events not yet replayed; -1 when unreadable. */
    public record Snapshot(long held, Duration oldestHeldAge, long setAside) {
    }
}

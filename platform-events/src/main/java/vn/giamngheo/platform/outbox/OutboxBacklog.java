package vn.giamngheo.platform.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/** The outbox's unsent events: a metric for dashboards and alerts, and information in the health report. */
@ApplicationScoped
@Startup
public class OutboxBacklog {

    private final AgroalDataSource dataSource;

    @Inject
    public OutboxBacklog(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        Gauge.builder("giamngheo.outbox.backlog", this, b -> b.read().unsent())
                .description("events written to the outbox and not yet acknowledged by the broker")
                .register(registry);
        Gauge.builder("giamngheo.outbox.oldest.unsent.age", this, b -> b.read().oldestAge().toSeconds())
                .baseUnit("seconds")
                .description("how long the oldest unsent event has waited")
                .register(registry);
    }

    public Snapshot read() {
        try (var c = dataSource.getConnection();
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT count(*), min(created_at) FROM outbox_event WHERE sent_at IS NULL")) {
            rs.next();
            OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
            Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, OffsetDateTime.now(ZoneOffset.UTC));
            return new Snapshot(rs.getLong(1), age);
        } catch (java.sql.SQLException e) {
            return new Snapshot(-1, Duration.ZERO);
        }
    }

    /** Unsent events (-1 when the database cannot be read) and the age of the oldest. */
    public record Snapshot(long unsent, Duration oldestAge) {
    }
}

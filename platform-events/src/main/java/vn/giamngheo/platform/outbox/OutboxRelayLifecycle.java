package vn.giamngheo.platform.outbox;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/** Starts this instance's relay with the service and stops it with the service. */
@ApplicationScoped
public class OutboxRelayLifecycle {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    // Empty in production; tests publish to topics of their own.
    @ConfigProperty(name = "giamngheo.kafka.topic-prefix")
    Optional<String> topicPrefix;

    private OutboxRelay relay;

    void onStart(@Observes StartupEvent event) {
        if (config.relayEnabled()) {
            relay = new OutboxRelay(dataSource,
                    OutboxRelay.producerConfig(config.bootstrapServers(), config.maxBlock()), settings());
            relay.start("outbox-relay");
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (relay != null) {
            relay.stop();
        }
    }

    /** The settings of this service's relays: its source name and topic prefix with the configured pace. */
    public OutboxSettings settings() {
        return new OutboxSettings(source(), topicPrefix.orElse(""), config.batchSize(), config.pollInterval(),
                config.standbyInterval(), config.maxBackoff(), config.ackTimeout());
    }

    /** The CloudEvents source of this service's events. */
    public String source() {
        return "/giamngheo/" + applicationName;
    }

    /** The relay of this instance, when it runs one. */
    public OutboxRelay relay() {
        return relay;
    }
}

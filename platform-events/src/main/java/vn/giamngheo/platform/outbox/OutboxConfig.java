package vn.giamngheo.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The outbox relay's configuration, under {@code giamngheo.outbox}. */
@ConfigMapping(prefix = "giamngheo.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay at all (one of the running instances publishes at a time). */
    @WithDefault("true")
    boolean relayEnabled();

    /** The broker the relay publishes to; by default the one every Kafka client of the service uses. */
    @WithDefault("${kafka.bootstrap.servers}")
    String bootstrapServers();

    /** Events read from the outbox and sent before waiting for the broker's acknowledgements. */
    @WithDefault("500")
    int batchSize();

    /** Pause between two looks at an empty outbox. */
    @WithDefault("100ms")
    Duration pollInterval();

    /** Pause between two attempts of a standing-by relay to become the active one. */
    @WithDefault("2s")
    Duration standbyInterval();

    /** The longest pause between two attempts while the broker is away. */
    @WithDefault("10s")
    Duration maxBackoff();

    /** How long a send may block waiting for the broker's metadata before the attempt counts as failed. */
    @WithDefault("5s")
    Duration maxBlock();

    /** How long the relay waits for the acknowledgements of a batch. */
    @WithDefault("30s")
    Duration ackTimeout();
}

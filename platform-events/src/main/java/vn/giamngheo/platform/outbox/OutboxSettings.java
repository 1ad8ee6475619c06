package vn.giamngheo.platform.outbox;

import java.time.Duration;

/**
 * How a relay publishes: the CloudEvents {@code source} it stamps, the prefix of the physical topic names (tests
 * publish to topics of their own), and its pace.
 */
public record OutboxSettings(
        String source,
        String topicPrefix,
        int batchSize,
        Duration pollInterval,
        Duration standbyInterval,
        Duration maxBackoff,
        Duration ackTimeout) {
}

package vn.giamngheo.platform.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Each consumed topic's progress: when a batch was last applied, and since when a batch has been waiting for the
 * database. A stall is information for readiness and, past the configured limit, a liveness failure.
 */
@ApplicationScoped
public class InboxProgress {

    private final Map<String, TopicState> topics = new ConcurrentHashMap<>();

    /** A topic's state: records waiting in the batch that is being retried, and the times of progress and waiting. */
    public record TopicState(Instant lastProgress, Instant waitingSince, int recordsWaiting, String lastError) {

        /** How long the topic has waited without progress: zero when nothing waits. */
        public Duration stalledFor(Instant now) {
            return waitingSince == null ? Duration.ZERO : Duration.between(lastProgress == null ? waitingSince
                    : (lastProgress.isAfter(waitingSince) ? lastProgress : waitingSince), now);
        }
    }

    void applied(String topic) {
        topics.put(topic, new TopicState(Instant.now(), null, 0, null));
    }

    void waiting(String topic, int records, String error) {
        topics.compute(topic, (t, s) -> new TopicState(s == null ? null : s.lastProgress(),
                s == null || s.waitingSince() == null ? Instant.now() : s.waitingSince(), records, error));
    }

    public Map<String, TopicState> snapshot() {
        return Map.copyOf(topics);
    }
}

package vn.giamngheo.platform.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The inbox's limits, under {@code giamngheo.inbox}. */
@ConfigMapping(prefix = "giamngheo.inbox")
public interface InboxConfig {

    /**
     * How long a statement of the inbox waits for a lock before giving up and retrying. Shorter than the
     * transaction timeout: a lock held for longer must end as a retriable lock timeout, not as an aborted
     * transaction that looks like the event's fault.
     */
    @WithDefault("20s")
    Duration lockTimeout();

    /** How long one statement of the inbox may run before it is cancelled and its batch retried. */
    @WithDefault("40s")
    Duration statementTimeout();

    /**
     * How long a consumer may make no progress while records wait before its liveness fails, so that the
     * orchestrator restarts it. Shorter stalls (a locked table, a database restart) only delay it.
     */
    @WithDefault("10m")
    Duration stallLimit();

    /**
     * Whether this service consumes events, read when the service is built: it then offers the list and the replay of
     * its set-aside events (/api/v1/admin/set-aside-events).
     */
    @WithDefault("false")
    boolean consumesEvents();
}

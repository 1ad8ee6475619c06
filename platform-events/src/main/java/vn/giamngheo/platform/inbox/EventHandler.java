package vn.giamngheo.platform.inbox;

import vn.giamngheo.platform.events.EventEnvelope;

/**
 * Applies one event's effect. Called inside the inbox's transaction, so the effect commits together with the
 * record that the event was applied. Throw {@link PoisonEventException} for an event that can never be applied.
 */
@FunctionalInterface
public interface EventHandler {

    void apply(EventEnvelope event);

    /**
     * Called once per transaction, after its events were applied and before they are recorded: a handler that
     * gathers the effects of a whole batch (counts, sums) writes them here, in a few statements instead of one per
     * event.
     */
    default void flush() {
    }

    /** Called when the transaction fails: forget what was gathered for it. */
    default void discard() {
    }
}

package vn.giamngheo.platform.inbox;

import vn.giamngheo.platform.events.EventEnvelope;

/**
 * Applies one event's effect. Called inside the inbox's transaction, so the effect commits together with the
 * record that the event was applied. Throw {@link PoisonEventException} for an event that can never be applied.
 */
@FunctionalInterface
public interface EventHandler {

    void apply(EventEnvelope event);
}

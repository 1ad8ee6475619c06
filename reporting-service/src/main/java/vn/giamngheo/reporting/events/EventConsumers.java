package vn.giamngheo.reporting.events;

import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.common.annotation.Blocking;
import vn.giamngheo.platform.inbox.Inbox;

/**
 * Hands each poll of the three topics to the inbox, which applies it to the read models exactly once, and measures
 * how fresh the read models are.
 */
@ApplicationScoped
public class EventConsumers {

    @Inject
    Inbox inbox;

    @Inject
    TopicHandlers handlers;

    @Inject
    MeterRegistry registry;

    private Timer freshness;
    private Counter applied;

    @PostConstruct
    void meters() {
        // From the broker's timestamp of an event (set when the producer's relay sent it) to its effect committed.
        freshness = Timer.builder("giamngheo.reporting.freshness")
                .description("lag between an event's publication and its effect on the read models")
                .publishPercentiles(0.5, 0.99).register(registry);
        applied = Counter.builder("giamngheo.reporting.events.applied")
                .description("events applied to the read models, or skipped as already applied").register(registry);
    }

    @Incoming(TopicHandlers.PLAN_EVENTS)
    @Blocking
    public void planEvents(ConsumerRecords<String, String> records) throws InterruptedException {
        apply(records, TopicHandlers.PLAN_EVENTS);
    }

    @Incoming(TopicHandlers.HOUSEHOLD_EVENTS)
    @Blocking
    public void householdEvents(ConsumerRecords<String, String> records) throws InterruptedException {
        apply(records, TopicHandlers.HOUSEHOLD_EVENTS);
    }

    @Incoming(TopicHandlers.FUNDING_EVENTS)
    @Blocking
    public void fundingEvents(ConsumerRecords<String, String> records) throws InterruptedException {
        apply(records, TopicHandlers.FUNDING_EVENTS);
    }

    private void apply(ConsumerRecords<String, String> records, String channel) throws InterruptedException {
        inbox.processUntilApplied(records, handlers.ofChannel(channel));
        long now = System.currentTimeMillis();
        records.forEach(r -> freshness.record(Math.max(0, now - r.timestamp()), TimeUnit.MILLISECONDS));
        applied.increment(records.count());
    }
}

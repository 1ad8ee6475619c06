package vn.giamngheo.reporting.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;
import vn.giamngheo.platform.inbox.EventHandler;
import vn.giamngheo.platform.inbox.Inbox;
import vn.giamngheo.reporting.projection.FundingProjection;
import vn.giamngheo.reporting.projection.HouseholdProjection;
import vn.giamngheo.reporting.projection.PlanProjection;

/**
 * Hands each poll of the three topics to the inbox, which applies it to the read models exactly once. While the
 * database is away a batch is retried, never skipped.
 */
@ApplicationScoped
public class EventConsumers {

    private static final Logger LOG = Logger.getLogger(EventConsumers.class);

    @Inject
    Inbox inbox;

    @Inject
    PlanProjection plans;

    @Inject
    HouseholdProjection households;

    @Inject
    FundingProjection funding;

    @Incoming("plan-events")
    @Blocking
    public void planEvents(ConsumerRecords<String, String> records) throws InterruptedException {
        apply(records, plans::apply);
    }

    @Incoming("household-events")
    @Blocking
    public void householdEvents(ConsumerRecords<String, String> records) throws InterruptedException {
        apply(records, households::apply);
    }

    @Incoming("funding-events")
    @Blocking
    public void fundingEvents(ConsumerRecords<String, String> records) throws InterruptedException {
        apply(records, funding::apply);
    }

    private void apply(ConsumerRecords<String, String> records, EventHandler handler) throws InterruptedException {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        Duration pause = Duration.ofMillis(500);
        while (true) {
            try {
                inbox.process(batch, handler);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("events not applied (%s); retrying in %d ms", e.getMessage(), pause.toMillis());
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
                        : pause.multipliedBy(2);
            }
        }
    }
}

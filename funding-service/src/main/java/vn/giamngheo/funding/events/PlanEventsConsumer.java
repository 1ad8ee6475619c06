package vn.giamngheo.funding.events;

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
import vn.giamngheo.platform.inbox.Inbox;

/**
 * Hands each poll of plan events to the inbox, and acknowledges it once applied. While the database is away the
 * batch is retried, never skipped: the partition waits rather than lose a plan.
 */
@ApplicationScoped
public class PlanEventsConsumer {

    private static final Logger LOG = Logger.getLogger(PlanEventsConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    PlanEventHandler handler;

    @Incoming("plan-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        Duration pause = Duration.ofMillis(500);
        while (true) {
            try {
                inbox.process(batch, handler::apply);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("plan events not applied (%s); retrying in %d ms", e.getMessage(), pause.toMillis());
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
                        : pause.multipliedBy(2);
            }
        }
    }
}

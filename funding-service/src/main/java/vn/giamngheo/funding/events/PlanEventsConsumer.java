package vn.giamngheo.funding.events;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.giamngheo.platform.inbox.ConsumedTopics;
import vn.giamngheo.platform.inbox.EventHandler;
import vn.giamngheo.platform.inbox.Inbox;

/** Hands each poll of plan events to the inbox, and acknowledges it once applied. */
@ApplicationScoped
public class PlanEventsConsumer implements ConsumedTopics {

    @ConfigProperty(name = "mp.messaging.incoming.plan-events.topic")
    String topic;

    @Inject
    Inbox inbox;

    @Inject
    PlanEventHandler handler;

    @Incoming("plan-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        inbox.processUntilApplied(records, handler::apply);
    }

    @Override
    public Map<String, EventHandler> handlersByTopic() {
        return Map.of(topic, handler::apply);
    }
}

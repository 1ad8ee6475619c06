package vn.giamngheo.reporting.events;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import vn.giamngheo.platform.inbox.ConsumedTopics;
import vn.giamngheo.platform.inbox.EventHandler;
import vn.giamngheo.reporting.projection.FundingProjection;
import vn.giamngheo.reporting.projection.HouseholdProjection;
import vn.giamngheo.reporting.projection.PlanProjection;

/**
 * The one table of which projection applies the events of which topic, used by the live consumers and by the
 * rebuild alike, so that a replay applies every event as it was applied live.
 */
@ApplicationScoped
public class TopicHandlers implements ConsumedTopics {

    static final String PLAN_EVENTS = "plan-events";
    static final String HOUSEHOLD_EVENTS = "household-events";
    static final String FUNDING_EVENTS = "funding-events";

    @Inject
    PlanProjection plans;

    @Inject
    HouseholdProjection households;

    @Inject
    FundingProjection funding;

    @Inject
    Config config;

    private final Map<String, EventHandler> byChannel = new LinkedHashMap<>();

    @PostConstruct
    void table() {
        byChannel.put(PLAN_EVENTS, plans::apply);
        // The household projection gathers a batch's counts and writes them once: it is handed on whole, with its
        // flush and discard.
        byChannel.put(HOUSEHOLD_EVENTS, households);
        byChannel.put(FUNDING_EVENTS, funding::apply);
    }

    /** The handler of an incoming channel's events. */
    EventHandler ofChannel(String channel) {
        return byChannel.get(channel);
    }

    /** Every channel's topic, as configured for the profile, with its handler. */
    @Override
    public Map<String, EventHandler> handlersByTopic() {
        Map<String, EventHandler> byTopic = new LinkedHashMap<>();
        byChannel.forEach((channel, handler) -> byTopic.put(
                config.getValue("mp.messaging.incoming." + channel + ".topic", String.class), handler));
        return byTopic;
    }
}

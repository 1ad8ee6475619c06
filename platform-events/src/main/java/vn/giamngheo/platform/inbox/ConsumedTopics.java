package vn.giamngheo.platform.inbox;

import java.util.Map;

/**
 * A consuming service's table of which handler applies the events of which topic (as configured for the profile):
 * what a replay of a set-aside event uses to apply it as the live consumer would.
 */
public interface ConsumedTopics {

    Map<String, EventHandler> handlersByTopic();
}

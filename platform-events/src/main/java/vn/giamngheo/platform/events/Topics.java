package vn.giamngheo.platform.events;

/**
 * The platform's topics: one per producing service, each with a dead-letter topic beside it. The local stack and
 * the test command create them (6 partitions, kept forever); brokers never create topics on their own.
 */
public final class Topics {

    public static final String PLAN_EVENTS = "plan-events";
    public static final String HOUSEHOLD_EVENTS = "household-events";
    public static final String FUNDING_EVENTS = "funding-events";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}

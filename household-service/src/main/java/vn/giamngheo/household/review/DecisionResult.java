package vn.giamngheo.household.review;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What a recognition decision did: reviews approved and returned, statuses changed, the movements, and how many
 * changes between standards count as real movement only because an indicator of the previous standard alone was not
 * asked.
 */
public record DecisionResult(UUID roundId, String decisionNumber, LocalDate decisionDate, int approved,
        int returned, int statusesChanged, Map<String, Integer> movements, int standardChangesUnverified) {
}

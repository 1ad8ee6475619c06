package vn.giamngheo.household.review;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** What a recognition decision did: reviews approved and returned, statuses changed, and the movements. */
public record DecisionResult(UUID roundId, String decisionNumber, LocalDate decisionDate, int approved,
        int returned, int statusesChanged, Map<String, Integer> movements) {
}

package vn.giamngheo.household.review;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a recognition decision did: reviews approved and returned, statuses changed, the movements, and how many
 * changes between standards count as real movement only because an indicator of the previous standard alone was not
 * asked.
 */
public record DecisionResult(@Schema(required = true) UUID roundId,
        @Schema(required = true) String decisionNumber,
        @Schema(required = true) LocalDate decisionDate,
        @Schema(required = true) int approved,
        @Schema(required = true) int returned,
        @Schema(required = true) int statusesChanged,
        @Schema(required = true, description = "Households by movement kind (NEW, EXIT…)")
        Map<String, Integer> movements,
        @Schema(required = true) int standardChangesUnverified) {
}

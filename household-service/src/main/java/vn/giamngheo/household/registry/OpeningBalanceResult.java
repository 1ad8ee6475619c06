package vn.giamngheo.household.registry;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The loaded list: its round, and the codes given to its households, in the order sent. */
public record OpeningBalanceResult(@Schema(required = true) UUID roundId, @Schema(required = true) int households,
        @Schema(required = true) List<String> codes) {
}

package vn.giamngheo.household.registry;

import java.util.List;
import java.util.UUID;

/** The loaded list: its round, and the codes given to its households, in the order sent. */
public record OpeningBalanceResult(UUID roundId, int households, List<String> codes) {
}

package vn.giamngheo.household.review;

import java.util.Map;

import vn.giamngheo.household.domain.ReviewRound;

/** A round with its commune's name on its first day and how many of its reviews are in each status. */
public record RoundSummary(ReviewRound round, String communeName, Map<String, Long> reviewsByStatus) {
}

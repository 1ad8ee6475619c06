package vn.giamngheo.household.domain;

import java.time.LocalDate;
import java.util.Optional;

import vn.giamngheo.platform.events.payload.ReviewRoundKind;

/**
 * The days on which a round's surveys may be held (QĐ 24/2021/QĐ-TTg): 1 September – 14 December for the periodic
 * review, the calendar month for a regular one, the whole year for an opening list.
 */
public record RoundPeriod(LocalDate firstDay, LocalDate lastDay) {

    public static RoundPeriod of(ReviewRoundKind kind, int heldYear, Integer month) {
        return switch (kind) {
            case PERIODIC -> new RoundPeriod(LocalDate.of(heldYear, 9, 1), LocalDate.of(heldYear, 12, 14));
            case REGULAR -> new RoundPeriod(LocalDate.of(heldYear, month, 1),
                    LocalDate.of(heldYear, month, 1).plusMonths(1).minusDays(1));
            case OPENING_BALANCE -> new RoundPeriod(LocalDate.of(heldYear, 1, 1), LocalDate.of(heldYear, 12, 31));
        };
    }

    /** A regular round is a month's: without the month it has no period. */
    public static Optional<RuleViolation> checkMonth(ReviewRoundKind kind, Integer month) {
        return kind == ReviewRoundKind.REGULAR && month == null
                ? Optional.of(new RuleViolation("month", "is required for a regular (monthly) round"))
                : Optional.empty();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}

package vn.giamngheo.household.domain;

import java.time.LocalDate;
import java.util.Optional;

import vn.giamngheo.platform.web.rules.NotInFuture;

/** A recognition decision is dated neither before its round's first day nor in the future. */
public final class DecisionDate {

    private DecisionDate() {
    }

    /** The violation, on {@code decisionDate}, or empty; {@code today} is the day the decision is recorded. */
    public static Optional<RuleViolation> check(LocalDate decisionDate, LocalDate firstDay, LocalDate today) {
        if (decisionDate.isBefore(firstDay)) {
            return Optional.of(new RuleViolation("decisionDate", "must not be before the round's first day "
                    + firstDay));
        }
        if (!NotInFuture.holds(decisionDate, today)) {
            return Optional.of(new RuleViolation("decisionDate", "must not be in the future"));
        }
        return Optional.empty();
    }
}

package vn.giamngheo.plan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.giamngheo.platform.web.rules.NotInFuture;

/**
 * What a progress report requires: an approved plan to report against, a date not in the future, and one of the
 * approved plan's output indicators.
 */
public final class ProgressReporting {

    private ProgressReporting() {
    }

    /** Why a report is refused, in the order the rules are judged. */
    public enum Refusal {
        NO_APPROVED_VERSION, DATED_IN_FUTURE, UNKNOWN_INDICATOR
    }

    /**
     * @param indicatorKeys the keys of the approved version's output indicators (none when there is no approved
     * version)
     */
    public static Optional<Refusal> refusal(boolean approved, LocalDate reportedOn, LocalDate today,
            List<String> indicatorKeys, String indicatorKey) {
        if (!approved) {
            return Optional.of(Refusal.NO_APPROVED_VERSION);
        }
        if (!NotInFuture.holds(reportedOn, today)) {
            return Optional.of(Refusal.DATED_IN_FUTURE);
        }
        if (!indicatorKeys.contains(indicatorKey)) {
            return Optional.of(Refusal.UNKNOWN_INDICATOR);
        }
        return Optional.empty();
    }
}

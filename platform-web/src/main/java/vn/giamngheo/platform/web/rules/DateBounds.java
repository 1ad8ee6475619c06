package vn.giamngheo.platform.web.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates the platform accepts in a request: from 2000-01-01 (before the program and its predecessors' records)
 * to two years after today (a plan or a decision is dated at most that far ahead; {@code giamngheo.requests.years-ahead},
 * which only the tests, writing about years of their own after 2030, widen). A date outside is a typing error (a
 * year of 999,999,999, a day of 1900) to report, not a fact to store.
 */
public final class DateBounds {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final int YEARS_AHEAD = 2;

    private DateBounds() {
    }

    /** Why the date is refused, as of today, or empty when it is within the bounds. */
    public static Optional<String> refusal(LocalDate date, LocalDate today, int yearsAhead) {
        if (date.isBefore(EARLIEST)) {
            return Optional.of("must be on or after " + EARLIEST);
        }
        LocalDate latest = today.plusYears(yearsAhead);
        if (date.isAfter(latest)) {
            return Optional.of("must be on or before " + latest + " (" + yearsAhead + " years from today)");
        }
        return Optional.empty();
    }
}

package vn.giamngheo.platform.web.rules;

import java.time.LocalDate;

/**
 * A decision, a report or a payment speaks of what has happened: its date may be today or earlier, never later (the
 * platform's one rule for it).
 */
public final class NotInFuture {

    private NotInFuture() {
    }

    public static boolean holds(LocalDate date, LocalDate today) {
        return !date.isAfter(today);
    }
}

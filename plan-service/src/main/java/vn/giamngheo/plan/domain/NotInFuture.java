package vn.giamngheo.plan.domain;

import java.time.LocalDate;

/** A decision or a report speaks of what has happened: its date may be today or earlier, never later. */
public final class NotInFuture {

    private NotInFuture() {
    }

    public static boolean holds(LocalDate date, LocalDate today) {
        return !date.isAfter(today);
    }
}

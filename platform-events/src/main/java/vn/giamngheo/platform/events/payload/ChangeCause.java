package vn.giamngheo.platform.events.payload;

/** What made a household's recognised status change: a review round of some kind, or a request between reviews. */
public enum ChangeCause {
    OPENING_BALANCE,
    PERIODIC_REVIEW,
    REGULAR_REVIEW,
    /** An approved change to the household between reviews (a member added or removed, a split, a move…). */
    CHANGE_REQUEST,
    /** A complaint about a posted list, upheld. */
    COMPLAINT;

    public static ChangeCause of(ReviewRoundKind round) {
        return switch (round) {
            case OPENING_BALANCE -> OPENING_BALANCE;
            case PERIODIC -> PERIODIC_REVIEW;
            case REGULAR -> REGULAR_REVIEW;
        };
    }

    /** The review round kind of version 1 of the event; none for a cause outside a round. */
    public ReviewRoundKind roundKind() {
        return switch (this) {
            case OPENING_BALANCE -> ReviewRoundKind.OPENING_BALANCE;
            case PERIODIC_REVIEW -> ReviewRoundKind.PERIODIC;
            case REGULAR_REVIEW -> ReviewRoundKind.REGULAR;
            default -> null;
        };
    }
}

package vn.giamngheo.household.domain;

import vn.giamngheo.platform.events.payload.ReviewRoundKind;

/**
 * Which year's list a round produces: the periodic review of late year N produces the list of N+1; a regular
 * review amends its own year's list, and an opening list is the list of its year.
 */
public final class ListYear {

    private ListYear() {
    }

    public static int producedBy(ReviewRoundKind kind, int heldYear) {
        return kind == ReviewRoundKind.PERIODIC ? heldYear + 1 : heldYear;
    }
}

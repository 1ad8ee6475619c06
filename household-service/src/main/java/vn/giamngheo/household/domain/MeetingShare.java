package vn.giamngheo.household.domain;

import java.math.BigDecimal;

/**
 * The village meeting's say on a review (QĐ 24/2021/QĐ-TTg): when under half of those present agree, the review
 * goes back for a new survey instead of to the chair.
 */
public final class MeetingShare {

    /** Why a review went back, as the commune's records say it. */
    public static final String RETURN_REASON = "Dưới 50% người dự họp thôn đồng ý: rà soát lại";

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private MeetingShare() {
    }

    /** Whether the share (0 to 1) of the meeting that agreed carries the review: exactly half does. */
    public static boolean agreed(BigDecimal share) {
        return share.compareTo(HALF) >= 0;
    }
}

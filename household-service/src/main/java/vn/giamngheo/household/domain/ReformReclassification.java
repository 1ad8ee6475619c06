package vn.giamngheo.household.domain;

import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.refdata.AreaType;

/**
 * Whether a household's change of class follows from its commune's new area type alone (the 2025 reform made some
 * towns rural communes, with a lower income line): the same answers under the area type its status was last
 * decided under would have kept its status. Such a change is neither an exit nor an entry.
 */
public final class ReformReclassification {

    private ReformReclassification() {
    }

    /**
     * @param before the status the household had, null when it was on no list
     * @param decidedUnder the area type its status was last decided under, null when never decided
     * @param now the area type of the round deciding it now
     */
    public static boolean byReformAlone(PovertyStandard standard, PovertyStatus before, AreaType decidedUnder,
            AreaType now, SurveyAnswers answers) {
        if (before == null || decidedUnder == null || decidedUnder == now) {
            return false;
        }
        // The class does not depend on the survey's day, only the low-income-worker flag does.
        return Classifier.classify(standard, decidedUnder, answers, java.time.LocalDate.MIN).status() == before;
    }
}

package vn.giamngheo.household.domain;

import java.util.List;

import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.refdata.AreaType;

/**
 * A household's class and why: which standard (and version of its data) and area type applied, whether income or
 * score A decided, the line it was compared with, the deprivations counted, the explanation in Vietnamese and
 * English, and the figures of the standard that no public source confirms yet.
 */
public record Classification(
        PovertyStatus status,
        boolean lowIncomeWorker,
        String standardCode,
        AreaType areaType,
        Basis decidedBy,
        long valueCompared,
        long lineUsed,
        Long averageLivingBound,
        int deprivations,
        int deprivationCutoff,
        List<String> deprivedIndicators,
        String explanationVi,
        String explanationEn,
        String standardVersion,
        List<String> provisionalFigures) {

    /** What the household's living standard was measured by. */
    public enum Basis {
        /** Monthly income per person, in VND. */
        INCOME,
        /** Score A of the survey form, in points. */
        SCORE_A
    }
}

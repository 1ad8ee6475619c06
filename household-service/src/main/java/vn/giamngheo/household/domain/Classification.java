package vn.giamngheo.household.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.refdata.AreaType;

/**
 * A household's class and why: which standard (and version of its data) and area type applied, whether income or
 * score A decided, the line it was compared with, the deprivations counted, the explanation in Vietnamese and
 * English, and the figures of the standard that no public source confirms yet.
 */
public record Classification(
        @Schema(required = true) PovertyStatus status,
        @Schema(required = true) boolean lowIncomeWorker,
        @Schema(required = true) String standardCode,
        @Schema(required = true) AreaType areaType,
        @Schema(required = true) Basis decidedBy,
        @Schema(required = true, description = "The income per person (VND a month) or score A")
        long valueCompared,
        @Schema(required = true, description = "The poverty line, in the same unit")
        long lineUsed,
        @Schema(description = "null where the standard publishes no average-living bound") Long averageLivingBound,
        @Schema(required = true) int deprivations,
        @Schema(required = true) int deprivationCutoff,
        @Schema(required = true) List<String> deprivedIndicators,
        @Schema(required = true) String explanationVi,
        @Schema(required = true) String explanationEn,
        @Schema(required = true) String standardVersion,
        @Schema(required = true) List<String> provisionalFigures) {

    /** What the household's living standard was measured by. */
    @Schema(name = "ClassificationBasis")
    public enum Basis {
        /** Monthly income per person, in VND. */
        INCOME,
        /** Score A of the survey form, in points. */
        SCORE_A
    }
}

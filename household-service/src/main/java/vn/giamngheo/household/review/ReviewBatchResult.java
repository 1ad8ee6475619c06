package vn.giamngheo.household.review;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.web.problem.Problem;

/** What became of each record of a batch, in the order sent. */
public record ReviewBatchResult(@Schema(required = true) UUID roundId,
        @Schema(required = true) int accepted,
        @Schema(required = true) int returned,
        @Schema(required = true) int rejected,
        @Schema(required = true) List<RecordResult> results) {

    /** Accepted (submitted, with the computed class), returned for re-survey, or rejected with field errors. */
    @Schema(name = "ReviewOutcome")
    public enum Outcome {
        ACCEPTED, RETURNED, REJECTED
    }

    /**
     * One record's result; {@code standardVersion} names the data of the standard that classified it and
     * {@code provisionalFigures} the figures of that standard no public source confirms yet.
     */
    @Schema(name = "ReviewRecordResult")
    public record RecordResult(@Schema(required = true) int index,
            @Schema(required = true) Outcome outcome, String householdCode, UUID reviewId,
            PovertyStatus computedStatus, String explanationVi, String explanationEn, String standardVersion,
            List<String> provisionalFigures,
            @Schema(required = true, description = "Empty unless the record was rejected")
            List<Problem.FieldError> errors) {
    }
}

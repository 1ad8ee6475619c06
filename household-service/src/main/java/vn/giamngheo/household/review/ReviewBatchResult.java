package vn.giamngheo.household.review;

import java.util.List;
import java.util.UUID;

import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.web.problem.Problem;

/** What became of each record of a batch, in the order sent. */
public record ReviewBatchResult(UUID roundId, int accepted, int returned, int rejected, List<RecordResult> results) {

    /** Accepted (submitted, with the computed class), returned for re-survey, or rejected with field errors. */
    public enum Outcome {
        ACCEPTED, RETURNED, REJECTED
    }

    /**
     * One record's result; {@code standardVersion} names the data of the standard that classified it and
     * {@code provisionalFigures} the figures of that standard no public source confirms yet.
     */
    public record RecordResult(int index, Outcome outcome, String householdCode, UUID reviewId,
            PovertyStatus computedStatus, String explanationVi, String explanationEn, String standardVersion,
            List<String> provisionalFigures, List<Problem.FieldError> errors) {
    }
}

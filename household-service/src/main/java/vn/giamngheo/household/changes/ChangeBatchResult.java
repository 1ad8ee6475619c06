package vn.giamngheo.household.changes;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.giamngheo.platform.web.problem.Problem;

/** One result per change sent, in the order sent: proposed (awaiting approval) or rejected with its field errors. */
public record ChangeBatchResult(int proposed, int rejected, List<Item> results) {

    public enum Outcome {
        PROPOSED, REJECTED
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, String householdCode, Outcome outcome, UUID changeRequestId,
            List<Problem.FieldError> errors) {
    }
}

package vn.giamngheo.household.changes;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.giamngheo.platform.web.problem.Problem;

/** One result per change sent, in the order sent: proposed (awaiting approval) or rejected with its field errors. */
public record ChangeBatchResult(
        @Schema(required = true) int proposed,
        @Schema(required = true) int rejected,
        @Schema(required = true) List<Item> results) {

    @Schema(name = "ChangeOutcome")
    public enum Outcome {
        PROPOSED, REJECTED
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ChangeResult")
    public record Item(
            @Schema(required = true, description = "The change's place in the batch, from 0")
            int index,
            String householdCode,
            @Schema(required = true) Outcome outcome,
            @Schema(description = "The change request kept, when proposed") UUID changeRequestId,
            @Schema(description = "What to fix, when rejected") List<Problem.FieldError> errors) {
    }
}

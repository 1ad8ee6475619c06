package vn.giamngheo.household.changes;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The answer to a change request: approved (by the chair or a designated officer of its commune; for a move, then
 * accepted by the destination's) or rejected with the reason. The decision's number and date are the commune's, the
 * date today when not given; the change amends the list of the decision's year.
 */
public record ChangeAnswer(
        @NotNull(message = "is required: true to approve, false to reject") Boolean approve,
        @Size(max = 1000, message = "must be at most 1000 characters") String reason,
        @Size(max = 100, message = "must be at most 100 characters") String decisionNumber,
        LocalDate decisionDate) {
}

package vn.giamngheo.plan.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The chair's approval. A plan with error findings is approved only with {@code acknowledgeFindings} and a reason,
 * which are recorded with the approver.
 */
public record ApprovalRequest(
        @NotNull(message = "is required: the date of the approval decision") LocalDate approvalDate,
        Boolean acknowledgeFindings,
        @Size(max = 2000, message = "must be at most 2000 characters") String reason) {

    public boolean acknowledged() {
        return Boolean.TRUE.equals(acknowledgeFindings);
    }
}

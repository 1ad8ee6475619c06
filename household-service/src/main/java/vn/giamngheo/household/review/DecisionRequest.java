package vn.giamngheo.household.review;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The commune chair's recognition decision: it recognises every submitted review of the round at once, except
 * those the chair returns for re-survey.
 */
public record DecisionRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String decisionNumber,
        @NotNull(message = "is required") LocalDate decisionDate,
        List<@Valid @NotNull(message = "must not be null") Returned> returned) {

    /** A review sent back, and why. */
    @Schema(name = "ReturnedReview")
    public record Returned(@NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String householdCode,
            @NotBlank(message = "is required: say what to re-survey") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
    }
}

package vn.giamngheo.household.complaints;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The chair's answer: upheld (the re-survey's class replaces the recognised one, by this decision) or dismissed,
 * with the reasons the complainant is given.
 */
public record ComplaintAnswer(
        @NotNull(message = "is required: true when the complaint is upheld") Boolean upheld,
        @NotBlank(message = "is required: the reasons the complainant is given") @Size(max = 4000, message = "must be at most 4000 characters") String answer,
        @Size(max = 100, message = "must be at most 100 characters") String decisionNumber,
        LocalDate decisionDate) {
}

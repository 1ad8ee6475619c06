package vn.giamngheo.plan.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the chair sends a submitted plan back to its authors. */
public record ReturnRequest(
        @NotBlank(message = "is required: say what must be corrected") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
}

package vn.giamngheo.plan.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an approved plan is being revised: the new version starts as a copy of the approved one. */
public record RevisionRequest(
        @NotBlank(message = "is required: say why the plan is revised") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
}

package vn.giamngheo.household.review;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Many reviews from a commune app in one request; each record stands or falls alone. */
public record ReviewBatch(
        @NotNull(message = "is required") @Size(min = 1, max = 5000, message = "must hold 1 to 5000 reviews") List<ReviewRecord> reviews) {
}

package vn.giamngheo.household.changes;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes a commune app sends at once; each is checked and answered alone. */
public record ChangeBatch(
        @Schema(required = true, minItems = 1, maxItems = 500) List<ChangeProposal> changes) {
}

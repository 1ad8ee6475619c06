package vn.giamngheo.household.changes;

import java.util.List;

/** Changes a commune app sends at once; each is checked and answered alone. */
public record ChangeBatch(List<ChangeProposal> changes) {
}

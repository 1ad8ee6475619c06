package vn.giamngheo.household.changes;

import vn.giamngheo.household.domain.ChangeRequest;

/** A change request with the code of its household, as the use cases give it to the API. */
public record ChangeRecord(ChangeRequest request, String householdCode) {
}

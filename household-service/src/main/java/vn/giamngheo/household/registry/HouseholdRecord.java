package vn.giamngheo.household.registry;

import java.util.List;

import vn.giamngheo.household.domain.Household;
import vn.giamngheo.household.domain.Member;
import vn.giamngheo.household.domain.ChangeRequest;
import vn.giamngheo.household.domain.StatusChange;

/**
 * A household as the caller may see it: {@code personal} says whether its village, head and members may be shown;
 * {@code members} is null when they may not, {@code history} and {@code changes} when they were not asked for.
 */
public record HouseholdRecord(Household household, boolean personal, List<Member> members,
        List<StatusChange> history, List<ChangeRequest> changes) {
}

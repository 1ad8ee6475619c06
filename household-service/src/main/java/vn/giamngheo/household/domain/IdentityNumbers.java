package vn.giamngheo.household.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An identity number (số định danh cá nhân) belongs to one person: a new household may name it neither twice, nor
 * when an earlier household of the same list or batch named it, nor when the registry already holds it.
 */
public final class IdentityNumbers {

    private IdentityNumbers() {
    }

    /**
     * @param members the new household's members; those without a number are not checked
     * @param registered the numbers among them that the registry already holds, with the code of the household that
     *        holds each: the refusal names it, for the officer to resolve with that household
     * @param earlier the numbers that earlier households of the same submission claimed
     * @return one violation per offending member, on {@code members.personalId}
     */
    public static List<RuleViolation> check(List<Person> members, Map<String, String> registered,
            Set<String> earlier) {
        List<RuleViolation> violations = new ArrayList<>();
        Set<String> inHousehold = new HashSet<>();
        for (String id : members.stream().filter(Objects::nonNull).map(Person::personalId).filter(Objects::nonNull)
                .toList()) {
            if (registered.containsKey(id)) {
                violations.add(new RuleViolation("members.personalId", "identity number " + id
                        + " already belongs to a member of household " + registered.get(id)
                        + ": a person is in one household at a time"));
            } else if (earlier.contains(id) || !inHousehold.add(id)) {
                violations.add(new RuleViolation("members.personalId", "identity number " + id + " appears twice"));
            }
        }
        return violations;
    }
}

package vn.giamngheo.household.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.giamngheo.household.domain.IdentityNumbers;
import vn.giamngheo.household.domain.OneHead;
import vn.giamngheo.household.domain.Person;
import vn.giamngheo.household.domain.RuleViolation;
import vn.giamngheo.platform.web.problem.Problem;

/**
 * The rules every new household meets, whether it comes with an opening list or a review batch: one head, and
 * identity numbers new to the household, to the submission and to the registry.
 */
@ApplicationScoped
public class NewHouseholdRules {

    @Inject
    EntityManager em;

    /** The identity numbers of a submission's new households, and those of them the registry already holds. */
    public static final class Submission {
        private final Map<String, String> registered;
        private final Set<String> claimed = new HashSet<>();

        private Submission(Map<String, String> registered) {
            this.registered = registered;
        }

        /** The household's violations, their fields under {@code prefix}; numbers of earlier households count. */
        public List<Problem.FieldError> check(String prefix, List<Person> members) {
            List<RuleViolation> violations = new ArrayList<>();
            OneHead.check(members).ifPresent(violations::add);
            violations.addAll(IdentityNumbers.check(members, registered, claimed));
            return violations.stream().map(v -> v.under(prefix)).map(v -> new Problem.FieldError(v.field(),
                    v.message())).toList();
        }

        /** Counts the household's numbers as taken, for the households after it. */
        public void claim(List<Person> members) {
            members.stream().filter(Objects::nonNull).map(Person::personalId).filter(Objects::nonNull)
                    .forEach(claimed::add);
        }
    }

    /** Starts a submission of the households with these members, with one query for their identity numbers. */
    public Submission submission(Collection<List<Person>> households) {
        List<String> ids = households.stream().flatMap(List::stream).filter(Objects::nonNull)
                .map(Person::personalId).filter(Objects::nonNull).distinct().toList();
        return new Submission(holders(ids, null));
    }

    /** A member holding an identity number, and the code of their household. */
    public record Holder(UUID memberId, String personalId, String householdCode) {
    }

    /**
     * The codes of the households whose members hold these identity numbers, by number; a member {@code except}
     * (one whose own number a correction repeats) does not count.
     */
    public Map<String, String> holders(Collection<String> ids, UUID except) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> holders = new HashMap<>();
        em.createQuery("SELECT new " + Holder.class.getName() + "(m.id, m.personalId, h.code) FROM Member m, Household h"
                + " WHERE h.id = m.householdId AND m.personalId IN :ids", Holder.class).setParameter("ids", ids)
                .getResultList().stream().filter(x -> !x.memberId().equals(except))
                .forEach(x -> holders.put(x.personalId(), x.householdCode()));
        return holders;
    }
}

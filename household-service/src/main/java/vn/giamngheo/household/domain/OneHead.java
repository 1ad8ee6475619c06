package vn.giamngheo.household.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A household has exactly one head (chủ hộ): the person the registry and the review forms are kept under. */
public final class OneHead {

    private OneHead() {
    }

    /** The violation, on {@code members}, unless exactly one member is the head; absent members are not counted. */
    public static Optional<RuleViolation> check(List<Person> members) {
        long heads = members.stream().filter(Objects::nonNull).filter(Person::isHead).count();
        return heads == 1 ? Optional.empty()
                : Optional.of(new RuleViolation("members", "must have exactly one HEAD"));
    }
}

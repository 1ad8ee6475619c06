package vn.giamngheo.household.domain;

import java.util.List;

/**
 * Whether a household counts as an ethnic-minority (DTTS) household: the usual reading is that its head or the
 * head's spouse belongs to an ethnic minority, i.e. is not Kinh [U]. Kept in this one place to be corrected once.
 */
public final class EthnicMinority {

    private static final String MAJORITY = "Kinh";

    private EthnicMinority() {
    }

    /** A member as far as this rule is concerned: their relation to the head and their ethnicity. */
    public record Person(String relation, String ethnicity) {
    }

    public static boolean household(List<Person> members) {
        return members.stream()
                .filter(m -> "HEAD".equals(m.relation()) || "SPOUSE".equals(m.relation()))
                .anyMatch(m -> m.ethnicity() != null && !MAJORITY.equalsIgnoreCase(m.ethnicity().strip()));
    }
}

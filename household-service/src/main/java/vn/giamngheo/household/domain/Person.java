package vn.giamngheo.household.domain;

/** A member of a household as the registry's rules see them: relation to the head, ethnicity, identity number. */
public record Person(String relation, String ethnicity, String personalId) {

    public static final String HEAD = "HEAD";

    public boolean isHead() {
        return HEAD.equals(relation);
    }
}

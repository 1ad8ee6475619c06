package vn.giamngheo.household.domain;

/** A rule a request breaks: the field at fault, relative to what the rule was given, and what to change. */
public record RuleViolation(String field, String message) {

    /** The same violation, its field named from the request's root (e.g. {@code households[2].household.}). */
    public RuleViolation under(String prefix) {
        return new RuleViolation(prefix + field, message);
    }
}

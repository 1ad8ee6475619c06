package vn.giamngheo.household.domain;

import java.util.Optional;

/**
 * A commune's total of resident households counts every resident household, so it is never below the households
 * its registry holds, and its ethnic-minority households are a part of it.
 */
public final class ResidentTotal {

    private ResidentTotal() {
    }

    /** The first violation of the reported figures, or empty. */
    public static Optional<RuleViolation> check(String communeCode, long total, Long ethnicMinority, long registered) {
        if (total < registered) {
            return Optional.of(new RuleViolation("totalHouseholds", "is " + total + " but the registry already holds "
                    + registered + " households of commune " + communeCode
                    + "; the total counts every resident household"));
        }
        if (ethnicMinority != null && ethnicMinority > total) {
            return Optional.of(new RuleViolation("ethnicMinorityHouseholds", "cannot exceed the total " + total));
        }
        return Optional.empty();
    }
}

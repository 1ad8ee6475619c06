package vn.giamngheo.household.domain;

import java.util.List;
import java.util.Optional;

/** The standards in force, each for a range of list years. */
public record PovertyStandards(List<PovertyStandard> all) {

    /** The standard of the list the review produces: a periodic review in late year N produces the list of N+1. */
    public Optional<PovertyStandard> forListYear(int listYear) {
        return all.stream().filter(s -> s.appliesTo(listYear)).findFirst();
    }

    public Optional<PovertyStandard> byCode(String code) {
        return all.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}

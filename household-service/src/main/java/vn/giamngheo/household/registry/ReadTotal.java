package vn.giamngheo.household.registry;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.giamngheo.household.domain.TotalHouseholds;
import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.refdata.AdministrativeUnits;

/** Reads the total of resident households a commune reported for a year. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadTotal {

    @Inject
    AccessPolicy access;

    /** The total, or empty when the commune reported none for the year. */
    public Optional<TotalHouseholds> read(String communeCode, int year) {
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        access.require(AccessPolicy.Operation.READ_TOTAL, communeCode,
                AdministrativeUnits.get().latestValidDay(communeCode, endOfYear).orElse(endOfYear));
        return TotalHouseholds.<TotalHouseholds>find("communeCode = ?1 and year = ?2", communeCode, year)
                .firstResultOptional();
    }
}

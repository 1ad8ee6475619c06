package vn.giamngheo.household.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.giamngheo.household.domain.Household;
import vn.giamngheo.household.domain.Member;
import vn.giamngheo.household.domain.ChangeRequest;
import vn.giamngheo.household.domain.StatusChange;
import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.refdata.AdministrativeUnits;

/**
 * The households as each role may see them: personal data goes only to the officers who work with the households;
 * another system sees codes and statuses.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FindHouseholds {

    @Inject
    AccessPolicy access;

    /** A page of a commune's households, by village and code. */
    public List<HouseholdRecord> list(String communeCode, String village, PovertyStatus status, Integer listYear,
            int page, int size) {
        LocalDate today = today(communeCode);
        access.require(AccessPolicy.Operation.LIST_HOUSEHOLDS, communeCode, today);
        // A commune formed by the 2025 reform holds the households registered under the communes it was formed from.
        StringBuilder q = new StringBuilder("communeCode in :communes and closedOn is null");
        Map<String, Object> params = new HashMap<>(Map.of("communes",
                AdministrativeUnits.get().codesHeldBy(communeCode, today)));
        if (village != null) {
            q.append(" and village = :village");
            params.put("village", village);
        }
        if (listYear != null) {
            q.append(" and currentListYear = :year");
            params.put("year", listYear);
        }
        if (status != null) {
            q.append(" and currentStatus = :status");
            params.put("status", status);
        }
        return Household.<Household>find(q + " order by village, code", params).page(page, size).list().stream()
                .map(h -> record(h, false)).toList();
    }

    /** A household with its history, or empty when there is no household with the code. */
    public Optional<HouseholdRecord> get(String code) {
        return Household.byCode(code).map(h -> {
            access.require(AccessPolicy.Operation.READ_HOUSEHOLD, h.communeCode, today(h.communeCode));
            return record(h, true);
        });
    }

    /** The household as the caller may see it. */
    HouseholdRecord record(Household h, boolean withHistory) {
        boolean personal = access.allows(AccessPolicy.Operation.SEE_PERSONAL_DATA);
        return new HouseholdRecord(h, personal, personal ? Member.ofHousehold(h.id) : null,
                withHistory ? StatusChange.ofHousehold(h.id) : null,
                withHistory ? ChangeRequest.ofHousehold(h.id) : null);
    }

    /** Today, or for a commune that a reform ended, its last day: its households are still read through it. */
    private static LocalDate today(String communeCode) {
        return AdministrativeUnits.get().latestValidDay(communeCode, LocalDate.now()).orElse(LocalDate.now());
    }
}

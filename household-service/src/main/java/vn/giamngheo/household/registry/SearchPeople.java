package vn.giamngheo.household.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.giamngheo.household.domain.Household;
import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.rules.Unaccented;

/**
 * Officers find people: the households of their area with a member whose name holds every word typed, with or
 * without diacritics ("nong thi mau" finds Nông Thị Mẫu), or with a member of an identity number; narrowed by
 * village and status. Names are personal data: only the roles that may see them search, within their area, and a
 * search by identity number is audited with the number, as a look-up is.
 */
@ApplicationScoped
@Transactional
public class SearchPeople {

    @Inject
    AccessPolicy access;

    @Inject
    EntityManager em;

    @Inject
    FindHouseholds households;

    @Inject
    AuditTrail audit;

    /** How many households a name may match before the area is walked instead of the matches sorted. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "giamngheo.search.candidates", defaultValue = "5000")
    int candidatesAtMost;

    public List<HouseholdRecord> search(String areaCode, String name, String personalId, String village,
            PovertyStatus status, int page, int size) {
        LocalDate today = AdministrativeUnits.get().latestValidDay(areaCode, LocalDate.now()).orElse(LocalDate.now());
        access.require(AccessPolicy.Operation.SEARCH_PEOPLE, areaCode, today);
        List<String> words = name == null ? List.of() : List.of(Unaccented.fold(name).split(" ")).stream()
                .filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty() && personalId == null) {
            throw ProblemException.invalidField("name", "give a name (or a part of one, with or without diacritics)"
                    + " or an identity number to search by");
        }
        if (words.stream().mapToInt(String::length).sum() < 2 && personalId == null) {
            throw ProblemException.invalidField("name", "give at least two letters of the name");
        }
        Map<String, Object> names = new HashMap<>();
        StringBuilder matches = new StringBuilder("TRUE");
        for (int i = 0; i < words.size(); i++) {
            matches.append(" AND m.name_folded LIKE :w").append(i);
            names.put("w" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (personalId != null) {
            matches.append(" AND m.personal_id = :pid");
            names.put("pid", personalId);
        }
        StringBuilder filters = new StringBuilder("h.commune_code IN (:communes) AND h.closed_on IS NULL");
        Map<String, Object> params = new HashMap<>();
        params.put("communes", AreaCommunes.of(areaCode, today));
        if (village != null) {
            filters.append(" AND h.village = :village");
            params.put("village", village);
        }
        if (status != null) {
            filters.append(" AND h.current_status = :status");
            params.put("status", status.name());
        }
        // Planned for the words typed, not once for any: a word of two letters has no trigram to look up, and a
        // common one ("van", "thi") matches a third of a province, so the plan must depend on them.
        em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        // First the households with such a member anywhere, found by the name index, a few thousand at most: a rare
        // name is all there, and its area's page is picked from them. A common one is not; then the area's
        // households are walked in order, each asked whether it has such a member, until the page is full — early,
        // as the name is common.
        List<UUID> candidates = ids(em.createNativeQuery("SELECT DISTINCT household_id FROM (SELECT m.household_id"
                + " FROM household_member m WHERE " + matches + " LIMIT " + (candidatesAtMost + 1) + ") found"), names);
        List<UUID> ids;
        if (candidates.size() <= candidatesAtMost) {
            params.put("candidates", candidates.isEmpty() ? List.of(new UUID(0, 0)) : candidates);
            ids = ids(em.createNativeQuery("SELECT h.id FROM household h WHERE h.id IN (:candidates) AND " + filters
                    + " ORDER BY h.commune_code, h.village, h.code LIMIT :size OFFSET :offset"), params, size, page);
        } else {
            params.putAll(names);
            ids = ids(em.createNativeQuery("SELECT h.id FROM household h WHERE " + filters + " AND (SELECT TRUE FROM"
                    + " household_member m WHERE m.household_id = h.id AND " + matches + " LIMIT 1)"
                    + " ORDER BY h.commune_code, h.village, h.code LIMIT :size OFFSET :offset"), params, size, page);
        }
        if (personalId != null) {
            audit.record("SEARCH", "person", personalId, areaCode, today, null,
                    Map.of("households", ids.size(), "name", name == null ? "" : name));
        }
        Map<UUID, Household> found = new HashMap<>();
        if (!ids.isEmpty()) {
            Household.<Household>list("id in ?1", ids).forEach(h -> found.put(h.id, h));
        }
        return ids.stream().map(found::get).map(h -> households.record(h, false)).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<UUID> ids(jakarta.persistence.Query query, Map<String, Object> params, int... page) {
        params.forEach(query::setParameter);
        if (page.length == 2) {
            query.setParameter("size", page[0]).setParameter("offset", (long) page[1] * page[0]);
        }
        return ((List<Object>) query.getResultList()).stream().map(UUID.class::cast).toList();
    }
}

package vn.giamngheo.household.registry;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Flags members without an identity number who may be a person the registry already holds: the same name without
 * diacritics and birth year, in another household of the same village. One statement per write, on the members the
 * write added; a pair is flagged once.
 */
@ApplicationScoped
public class PossibleDuplicates {

    @Inject
    EntityManager em;

    /** One side of a flagged pair, as an officer resolving it needs to see it. */
    @Schema(name = "PossibleDuplicateMember")
    public record Side(UUID memberId, String fullName, int birthYear, String relation, String householdCode,
            String village) {
    }

    /** A flagged pair and where its resolution stands. */
    @Schema(name = "PossibleDuplicate")
    public record Pair(UUID id, String communeCode, String status, OffsetDateTime foundAt, Side member, Side other,
            String resolvedBy, OffsetDateTime resolvedAt, String resolutionNote, UUID changeRequest) {
    }

    /** Flags the pairs the households' members without an identity number make with the registry's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int flag(Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return 0;
        }
        em.flush();
        return em.createNativeQuery("""
                INSERT INTO possible_duplicate (id, member_id, other_member_id, commune_code, village, name_folded,
                    birth_year, status, found_at)
                SELECT gen_random_uuid(), least(a.id, b.id), greatest(a.id, b.id), ha.commune_code, ha.village,
                    a.name_folded, a.birth_year, 'OPEN', now()
                FROM household_member a
                JOIN household ha ON ha.id = a.household_id
                JOIN household_member b ON b.name_folded = a.name_folded AND b.birth_year = a.birth_year
                    AND b.personal_id IS NULL AND b.household_id <> a.household_id
                JOIN household hb ON hb.id = b.household_id AND hb.village = ha.village
                    AND hb.commune_code = ha.commune_code AND hb.closed_on IS NULL
                WHERE a.household_id IN (:households) AND a.personal_id IS NULL
                ON CONFLICT (member_id, other_member_id) DO NOTHING""")
                .setParameter("households", householdIds).executeUpdate();
    }

    public List<Pair> of(Collection<String> communes, String status, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(SELECT + """
                WHERE d.commune_code IN (:communes) AND (CAST(:status AS varchar) IS NULL OR d.status = :status)
                ORDER BY d.found_at DESC, d.id LIMIT :size OFFSET :offset""", Tuple.class)
                .setParameter("communes", communes).setParameter("status", status).setParameter("size", size)
                .setParameter("offset", page * size).getResultList();
        return rows.stream().map(PossibleDuplicates::pair).toList();
    }

    public java.util.Optional<Pair> get(UUID id) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(SELECT + " WHERE d.id = :id", Tuple.class).setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst().map(PossibleDuplicates::pair);
    }

    // A side may have left its household since (a removal keeps it among the former members).
    private static final String SELECT = """
            SELECT d.id, d.commune_code, d.status, d.found_at, d.resolved_by, d.resolved_at, d.resolution_note,
                d.change_request,
                d.member_id, coalesce(ma.full_name, fa.full_name) AS a_name, d.birth_year,
                coalesce(ma.relation, fa.relation) AS a_relation, ha.code AS a_code, ha.village AS a_village,
                d.other_member_id, coalesce(mb.full_name, fb.full_name) AS b_name,
                coalesce(mb.relation, fb.relation) AS b_relation, hb.code AS b_code, hb.village AS b_village
            FROM possible_duplicate d
            LEFT JOIN household_member ma ON ma.id = d.member_id
            LEFT JOIN former_member fa ON fa.id = d.member_id
            LEFT JOIN household ha ON ha.id = coalesce(ma.household_id, fa.household_id)
            LEFT JOIN household_member mb ON mb.id = d.other_member_id
            LEFT JOIN former_member fb ON fb.id = d.other_member_id
            LEFT JOIN household hb ON hb.id = coalesce(mb.household_id, fb.household_id)
            """;

    /** A timestamp as the driver gives it (an instant), in UTC. */
    static OffsetDateTime at(Object value) {
        return value == null ? null : ((java.time.Instant) value).atOffset(java.time.ZoneOffset.UTC);
    }

    private static Pair pair(Tuple t) {
        int born = t.get("birth_year", Number.class).intValue();
        return new Pair(t.get("id", UUID.class), t.get("commune_code", String.class), t.get("status", String.class),
                at(t.get("found_at")),
                new Side(t.get("member_id", UUID.class), t.get("a_name", String.class), born,
                        t.get("a_relation", String.class), t.get("a_code", String.class),
                        t.get("a_village", String.class)),
                new Side(t.get("other_member_id", UUID.class), t.get("b_name", String.class), born,
                        t.get("b_relation", String.class), t.get("b_code", String.class),
                        t.get("b_village", String.class)),
                t.get("resolved_by", String.class), at(t.get("resolved_at")),
                t.get("resolution_note", String.class), t.get("change_request", UUID.class));
    }
}

package vn.giamngheo.household.review;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.household.domain.SurveyAnswers;
import vn.giamngheo.platform.events.payload.PovertyStatus;

/**
 * The review table as the use cases read and change it, in typed rows. Reviews are written in bulk by the
 * registry's writer; they are read here a round at a time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Reviews {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** A submitted review awaiting the decision: whose it is, the class computed on arrival, and the answers. */
    public record Submitted(UUID householdId, PovertyStatus computed, SurveyAnswers answers, String standardVersion) {
    }

    /** A household a batch names by its code: its id, the commune it was registered in, the list it is on. */
    public record KnownHousehold(UUID id, String communeCode, String code, Integer currentListYear, int version) {
    }

    /** Returns the household's submitted review of the round for re-survey; how many were returned (0 or 1). */
    public int returnSubmitted(UUID roundId, String householdCode, String reason) {
        return em.createNativeQuery("""
                UPDATE review SET status = 'RETURNED', return_reason = :reason
                WHERE round_id = :round AND status = 'SUBMITTED'
                  AND household_id = (SELECT id FROM household WHERE code = :code)""")
                .setParameter("reason", reason).setParameter("round", roundId)
                .setParameter("code", householdCode).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Submitted> submitted(UUID roundId) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT household_id, computed_status, income_vnd, score_a, deprived::text AS deprived, score_b,
                       standard_version
                FROM review WHERE round_id = :round AND status = 'SUBMITTED'""", Tuple.class)
                .setParameter("round", roundId).getResultList();
        return rows.stream().map(t -> new Submitted(t.get("household_id", UUID.class),
                PovertyStatus.valueOf(t.get("computed_status", String.class)),
                answers(t),
                t.get("standard_version", String.class))).toList();
    }

    /** Approves every review of the round still submitted: the decision recognises them. */
    public int approveSubmitted(UUID roundId) {
        return em.createNativeQuery("UPDATE review SET status = 'APPROVED' WHERE round_id = :round AND status = 'SUBMITTED'")
                .setParameter("round", roundId).executeUpdate();
    }

    /** How many of the round's reviews are submitted, approved and returned; statuses without any are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Map<String, Long> countByStatus(UUID roundId) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT status, count(*) AS n FROM review WHERE round_id = :r GROUP BY status""", Tuple.class)
                .setParameter("r", roundId).getResultList();
        Map<String, Long> byStatus = new TreeMap<>();
        rows.forEach(t -> byStatus.put(t.get("status", String.class), ((Number) t.get("n")).longValue()));
        return byStatus;
    }

    /** The households among these with a review in the round that was not returned: they are reviewed already. */
    @SuppressWarnings("unchecked")
    public Set<UUID> reviewedInRound(UUID roundId, List<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return new HashSet<>();
        }
        List<UUID> ids = em.createNativeQuery("""
                SELECT household_id FROM review WHERE round_id = :round AND household_id IN (:ids)
                  AND status <> 'RETURNED'""", UUID.class)
                .setParameter("round", roundId).setParameter("ids", householdIds).getResultList();
        return new HashSet<>(ids);
    }

    /** The open round in which the household has a review not returned, or null. */
    public String openRoundOf(UUID householdId) {
        @SuppressWarnings("unchecked")
        List<Object> rounds = em.createNativeQuery("""
                SELECT CAST(r.round_id AS varchar) FROM review r JOIN review_round rr ON rr.id = r.round_id
                WHERE r.household_id = :h AND rr.status = 'OPEN' AND r.status <> 'RETURNED' LIMIT 1""")
                .setParameter("h", householdId).getResultList();
        return rounds.isEmpty() ? null : rounds.get(0).toString();
    }

    /** The registered households with these codes, by code. */
    public Map<String, KnownHousehold> known(List<String> codes) {
        Map<String, KnownHousehold> known = new TreeMap<>();
        if (!codes.isEmpty()) {
            em.createQuery("SELECT h.id, h.communeCode, h.code, h.currentListYear, h.version FROM Household h"
                    + " WHERE h.code IN :codes AND h.closedOn IS NULL",
                    KnownHousehold.class)
                    .setParameter("codes", codes).getResultList().forEach(k -> known.put(k.code(), k));
        }
        return known;
    }

    /**
     * A stored review's answers. Score B counts deprivations without naming them: the classifier's placeholders
     * stored with it are not indicators, so such answers have none named.
     */
    private SurveyAnswers answers(Tuple t) {
        Integer scoreB = intOrNull(t.get("score_b"));
        return new SurveyAnswers(longOrNull(t.get("income_vnd")), intOrNull(t.get("score_a")),
                scoreB != null ? null : strings(t.get("deprived", String.class)), scoreB);
    }

    private List<String> strings(String json) {
        try {
            return mapper.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static Integer intOrNull(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}

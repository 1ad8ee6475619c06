package vn.giamngheo.household.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.household.api.DecisionRequest;
import vn.giamngheo.household.api.DecisionResult;
import vn.giamngheo.household.api.HouseholdInput;
import vn.giamngheo.household.api.ReviewBatch;
import vn.giamngheo.household.api.ReviewBatchResult;
import vn.giamngheo.household.api.ReviewRecord;
import vn.giamngheo.household.api.RoundRequest;
import vn.giamngheo.household.api.RoundView;
import vn.giamngheo.household.domain.Classification;
import vn.giamngheo.household.domain.Classifier;
import vn.giamngheo.household.domain.EthnicMinority;
import vn.giamngheo.household.domain.Movements;
import vn.giamngheo.household.domain.PovertyStandard;
import vn.giamngheo.household.domain.PovertyStandards;
import vn.giamngheo.household.domain.SurveyAnswers;
import vn.giamngheo.household.registry.Household;
import vn.giamngheo.household.registry.HouseholdCodes;
import vn.giamngheo.household.registry.ReviewRound;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.events.payload.ReviewRoundKind;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.Problem;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;
import vn.giamngheo.platform.web.security.Roles;

/**
 * The review (QĐ 24/2021/QĐ-TTg): rounds opened by the commune, reviews submitted in batches from the commune's
 * apps and classified on arrival, and the chair's decision that recognises a whole list at once, sets each
 * household's status and movement, and publishes the changes.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Inject
    Caller caller;

    @Inject
    PovertyStandards standards;

    @Inject
    RegistryWriter writer;

    @Inject
    StatusChanges statusChanges;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper mapper;

    public RoundView openRound(@Valid @NotNull(message = "a round is required") RoundRequest request) {
        ReviewRoundKind kind = ReviewRoundKind.valueOf(request.kind());
        if (kind == ReviewRoundKind.REGULAR && request.month() == null) {
            throw ProblemException.invalidField("month", "is required for a regular (monthly) round");
        }
        ReviewRound round = new ReviewRound();
        round.id = UUID.randomUUID();
        round.communeCode = request.communeCode();
        round.kind = kind;
        round.heldYear = request.heldYear();
        round.month = kind == ReviewRoundKind.REGULAR ? request.month() : null;
        // The periodic review of late year N produces the list of N+1; a regular review amends its own year's list.
        round.listYear = kind == ReviewRoundKind.PERIODIC ? round.heldYear + 1 : round.heldYear;
        UnitVersion commune = AdministrativeUnits.get().find(round.communeCode, round.firstDay())
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> ProblemException.invalidField("communeCode", "no commune has code "
                        + request.communeCode() + " on " + round.firstDay()));
        requireCommuneOfficer(round.communeCode, round.firstDay());
        PovertyStandard standard = standards.forListYear(round.listYear).orElseThrow(() -> ProblemException
                .invalidField("heldYear", "no poverty standard applies to the list of " + round.listYear));
        round.standardCode = standard.code();
        round.areaType = commune.areaType();
        round.status = ReviewRound.Status.OPEN;
        round.openedBy = caller.user();
        round.openedAt = now();
        boolean exists = ReviewRound.count("communeCode = ?1 and kind = ?2 and heldYear = ?3 and coalesce(month, 0) = ?4",
                round.communeCode, round.kind, round.heldYear, round.month == null ? 0 : round.month) > 0;
        if (exists) {
            throw ProblemException.conflict("Commune " + round.communeCode + " already has this " + kind + " round of "
                    + round.heldYear + (round.month == null ? "" : "-" + round.month) + ".");
        }
        round.persist();
        audit.record("OPEN_ROUND", "review-round", round.id.toString(), round.communeCode, round.firstDay(), null,
                request);
        return view(round);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoundView round(UUID id) {
        ReviewRound round = round(id, false);
        caller.requireArea(round.communeCode, round.firstDay());
        return view(round);
    }

    /** A commune's rounds, the latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoundView> rounds(String communeCode, Integer heldYear) {
        caller.requireArea(communeCode, AdministrativeUnits.get().latestValidDay(communeCode, LocalDate.now())
                .orElse(LocalDate.now()));
        List<ReviewRound> rounds = heldYear == null
                ? ReviewRound.list("communeCode = ?1 order by heldYear desc, month desc nulls first", communeCode)
                : ReviewRound.list("communeCode = ?1 and heldYear = ?2 order by month desc nulls first", communeCode,
                        heldYear);
        return rounds.stream().map(this::view).toList();
    }

    /** Submits a batch: every record is validated and classified alone; the good ones are stored in one go. */
    public IdempotencyKeys.Result<ReviewBatchResult> submit(String key, UUID roundId,
            @NotNull(message = "a batch is required") ReviewBatch batch) {
        if (batch.reviews() == null || batch.reviews().isEmpty() || batch.reviews().size() > 5000) {
            throw ProblemException.invalidField("reviews", "must hold 1 to 5000 reviews");
        }
        ReviewRound round = round(roundId, true);
        requireCommuneOfficer(round.communeCode, round.firstDay());
        requireOpen(round);
        return idempotency.once(key, "reviews.batch:" + roundId, batch, 200, ReviewBatchResult.class,
                () -> new BatchSubmission(this, round).run(batch.reviews()));
    }

    /** The chair's decision: recognises the round's submitted reviews, except those returned. */
    public DecisionResult decide(UUID roundId, @Valid @NotNull(message = "a decision is required") DecisionRequest request) {
        ReviewRound round = round(roundId, true);
        if (!caller.roles().contains(Roles.COMMUNE_CHAIR) || !round.communeCode.equals(caller.area())) {
            throw ProblemException.forbidden("Only the chair of commune " + round.communeCode + " recognises its list.");
        }
        requireOpen(round);
        if (request.decisionDate().isBefore(round.firstDay())) {
            throw ProblemException.invalidField("decisionDate", "must not be before the round's first day "
                    + round.firstDay());
        }
        if (request.decisionDate().isAfter(LocalDate.now())) {
            throw ProblemException.invalidField("decisionDate", "must not be in the future");
        }
        int returned = 0;
        if (request.returned() != null) {
            for (DecisionRequest.Returned r : request.returned()) {
                int n = em.createNativeQuery("""
                        UPDATE review SET status = 'RETURNED', return_reason = :reason
                        WHERE round_id = :round AND status = 'SUBMITTED'
                          AND household_id = (SELECT id FROM household WHERE code = :code)""")
                        .setParameter("reason", r.reason()).setParameter("round", round.id)
                        .setParameter("code", r.householdCode()).executeUpdate();
                if (n == 0) {
                    throw ProblemException.invalidField("returned", "household " + r.householdCode()
                            + " has no submitted review in this round");
                }
                returned += n;
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT household_id, computed_status, income_vnd, score_a, deprived::text, score_b
                FROM review WHERE round_id = :round AND status = 'SUBMITTED'""")
                .setParameter("round", round.id).getResultList();
        Map<UUID, Household> households = new HashMap<>();
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            Household.<Household>list("id in ?1", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .forEach(h -> households.put(h.id, h));
        }
        PovertyStandard standard = standards.byCode(round.standardCode).orElseThrow();
        String district = AdministrativeUnits.get().ancestorAt(round.communeCode, UnitLevel.DISTRICT,
                request.decisionDate()).map(UnitVersion::code).orElse(null);
        Map<String, Integer> movements = new TreeMap<>();
        List<StatusChanges.Change> changes = new ArrayList<>();
        for (Object[] r : rows) {
            Household h = households.get((UUID) r[0]);
            PovertyStatus after = PovertyStatus.valueOf((String) r[1]);
            PovertyStatus before = h.currentListYear == null ? null : h.currentStatus;
            boolean byReform = false;
            if (h.lastAreaType != null && h.lastAreaType != round.areaType && before != null) {
                SurveyAnswers answers = new SurveyAnswers(r[2] == null ? null : ((Number) r[2]).longValue(),
                        r[3] == null ? null : ((Number) r[3]).intValue(), strings((String) r[4]),
                        r[5] == null ? null : ((Number) r[5]).intValue());
                byReform = Classifier.classify(standard, h.lastAreaType, answers).status() == before;
            }
            var movement = Movements.of(before, after, h.everListed, byReform);
            h.currentStatus = after;
            h.currentListYear = round.listYear;
            h.everListed = h.everListed || Movements.listed(after);
            h.lastAreaType = round.areaType;
            if (movement.isPresent()) {
                movements.merge(movement.get().name(), 1, Integer::sum);
                changes.add(StatusChanges.Change.of(h, before, after, movement.get()));
            }
        }
        em.createNativeQuery("UPDATE review SET status = 'APPROVED' WHERE round_id = :round AND status = 'SUBMITTED'")
                .setParameter("round", round.id).executeUpdate();
        round.status = ReviewRound.Status.DECIDED;
        round.decisionNumber = request.decisionNumber();
        round.decisionDate = request.decisionDate();
        round.decidedBy = caller.user();
        round.decidedAt = now();
        statusChanges.record(round, district, changes);
        DecisionResult result = new DecisionResult(round.id, round.decisionNumber, round.decisionDate, rows.size(),
                returned, changes.size(), movements);
        audit.record("DECIDE", "review-round", round.id.toString(), round.communeCode, round.decisionDate, null, result);
        LOG.infof("round %s of %s decided: %d recognised, %d changed", round.id, round.communeCode, rows.size(),
                changes.size());
        return result;
    }

    // ---- the batch

    /** One batch's work: validation and classification per record, then the writes in bulk. */
    static final class BatchSubmission {
        private final ReviewService s;
        private final ReviewRound round;
        private final PovertyStandard standard;
        private final List<ReviewBatchResult.RecordResult> results = new ArrayList<>();
        private final List<RegistryWriter.NewHousehold> newHouseholds = new ArrayList<>();
        private final List<RegistryWriter.NewReview> reviews = new ArrayList<>();

        BatchSubmission(ReviewService s, ReviewRound round) {
            this.s = s;
            this.round = round;
            this.standard = s.standards.byCode(round.standardCode).orElseThrow();
        }

        ReviewBatchResult run(List<ReviewRecord> records) {
            Map<String, Object[]> known = s.knownHouseholds(records);
            Set<UUID> alreadyReviewed = s.reviewedInRound(round.id, known.values().stream().map(k -> (UUID) k[0]).toList());
            PersonalIds takenIds = s.takenPersonalIds(records);
            Set<UUID> inThisBatch = new HashSet<>();
            for (int i = 0; i < records.size(); i++) {
                ReviewRecord record = records.get(i);
                List<Problem.FieldError> errors = new ArrayList<>();
                if (record == null) {
                    reject(i, null, List.of(new Problem.FieldError("reviews[" + i + "]", "must not be null")));
                    continue;
                }
                for (ConstraintViolation<ReviewRecord> v : s.validator.validate(record)) {
                    errors.add(new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()));
                }
                UUID householdId = null;
                String code = record.householdCode();
                if ((code == null) == (record.newHousehold() == null)) {
                    errors.add(new Problem.FieldError("householdCode", "give either the code of a registered"
                            + " household or a newHousehold, not both"));
                } else if (code != null) {
                    Object[] k = known.get(code);
                    // After the 2025 reform a commune reviews the households of the communes it was formed from.
                    if (k == null || !round.communeCode.equals(AdministrativeUnits.get()
                            .currentCode((String) k[1], round.firstDay()).orElse(null))) {
                        errors.add(new Problem.FieldError("householdCode", "commune " + round.communeCode
                                + " has no household " + code));
                    } else {
                        householdId = (UUID) k[0];
                        if (alreadyReviewed.contains(householdId) || inThisBatch.contains(householdId)) {
                            errors.add(new Problem.FieldError("householdCode", "household " + code + " already has a"
                                    + " review in this round; only a returned review may be submitted again"));
                        }
                    }
                } else if (record.newHousehold().members() != null) {
                    HouseholdInput in = record.newHousehold();
                    if (in.members().stream().filter(m -> m != null && "HEAD".equals(m.relation())).count() != 1) {
                        errors.add(new Problem.FieldError("newHousehold.members", "must have exactly one HEAD"));
                    }
                    Set<String> inRecord = new HashSet<>();
                    for (HouseholdInput.MemberInput m : in.members()) {
                        if (m != null && m.personalId() != null
                                && (!takenIds.isFree(m.personalId()) || !inRecord.add(m.personalId()))) {
                            errors.add(new Problem.FieldError("newHousehold.members.personalId", "identity number "
                                    + m.personalId() + " already belongs to a registered person"));
                        }
                    }
                }
                if (record.surveyDate() != null && (record.surveyDate().isBefore(round.firstDay())
                        || record.surveyDate().isAfter(round.lastDay()))) {
                    errors.add(new Problem.FieldError("surveyDate", "must be within the round, " + round.firstDay()
                            + " to " + round.lastDay()));
                }
                Classification c = null;
                if (errors.isEmpty()) {
                    try {
                        c = Classifier.classify(standard, round.areaType, new SurveyAnswers(
                                record.incomePerPersonMonthlyVnd(), record.scoreA(), record.deprivedIndicators(),
                                record.scoreB()));
                    } catch (Classifier.InvalidAnswers e) {
                        errors.add(new Problem.FieldError(e.field(), e.getMessage()));
                    }
                }
                if (!errors.isEmpty()) {
                    reject(i, code, errors);
                    continue;
                }
                if (householdId != null) {
                    inThisBatch.add(householdId);
                } else {
                    record.newHousehold().members().forEach(m -> takenIds.claim(m.personalId()));
                    householdId = UUID.randomUUID();
                    code = HouseholdCodes.next(round.communeCode);
                    HouseholdInput in = record.newHousehold();
                    newHouseholds.add(new RegistryWriter.NewHousehold(householdId, code, round.communeCode, in,
                            EthnicMinority.household(in.members().stream()
                                    .map(m -> new EthnicMinority.Person(m.relation(), m.ethnicity())).toList()),
                            PovertyStatus.NOT_POOR, null, false, null));
                }
                // Under half of the village meeting agreeing sends the review back for a new survey.
                boolean agreed = record.meetingAgreeShare().compareTo(new java.math.BigDecimal("0.5")) >= 0;
                UUID reviewId = UUID.randomUUID();
                reviews.add(new RegistryWriter.NewReview(reviewId, round.id, householdId,
                        agreed ? "SUBMITTED" : "RETURNED", record.surveyDate(), record.incomePerPersonMonthlyVnd(),
                        record.scoreA(), s.json(c.deprivedIndicators()), record.scoreB(), record.meetingAgreeShare(),
                        c.status(), c.lowIncomeWorker(), c.decidedBy().name(), c.explanationVi(), c.explanationEn(),
                        agreed ? null : "Dưới 50% người dự họp thôn đồng ý: rà soát lại"));
                results.add(new ReviewBatchResult.RecordResult(i, agreed ? ReviewBatchResult.Outcome.ACCEPTED
                        : ReviewBatchResult.Outcome.RETURNED, code, reviewId, c.status(), c.explanationVi(),
                        c.explanationEn(), List.of()));
            }
            OffsetDateTime now = now();
            s.writer.households(newHouseholds, s.caller.user(), now);
            s.writer.reviews(reviews, s.caller.user(), now);
            int accepted = (int) results.stream().filter(r -> r.outcome() == ReviewBatchResult.Outcome.ACCEPTED).count();
            int returned = (int) results.stream().filter(r -> r.outcome() == ReviewBatchResult.Outcome.RETURNED).count();
            int rejected = records.size() - accepted - returned;
            s.audit.record("SUBMIT_REVIEWS", "review-round", round.id.toString(), round.communeCode, round.firstDay(),
                    null, Map.of("accepted", accepted, "returned", returned, "rejected", rejected,
                            "newHouseholds", newHouseholds.size()));
            return new ReviewBatchResult(round.id, accepted, returned, rejected, results);
        }

        private void reject(int index, String code, List<Problem.FieldError> errors) {
            results.add(new ReviewBatchResult.RecordResult(index, ReviewBatchResult.Outcome.REJECTED, code, null, null,
                    null, null, errors));
        }
    }

    private Map<String, Object[]> knownHouseholds(List<ReviewRecord> records) {
        List<String> codes = records.stream().filter(r -> r != null && r.householdCode() != null)
                .map(ReviewRecord::householdCode).distinct().toList();
        Map<String, Object[]> known = new HashMap<>();
        if (!codes.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, commune_code, code FROM household WHERE code IN (:codes)")
                    .setParameter("codes", codes).getResultList();
            rows.forEach(r -> known.put((String) r[2], r));
        }
        return known;
    }

    private Set<UUID> reviewedInRound(UUID roundId, List<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return new HashSet<>();
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                SELECT household_id FROM review WHERE round_id = :round AND household_id IN (:ids)
                  AND status <> 'RETURNED'""")
                .setParameter("round", roundId).setParameter("ids", householdIds).getResultList();
        return new HashSet<>(ids);
    }

    /** Identity numbers: those registered already, and those claimed by earlier records of the batch. */
    static final class PersonalIds {
        private final Set<String> registered;
        private final Set<String> claimed = new HashSet<>();

        PersonalIds(Set<String> registered) {
            this.registered = registered;
        }

        boolean isFree(String id) {
            return !registered.contains(id) && !claimed.contains(id);
        }

        void claim(String id) {
            if (id != null) {
                claimed.add(id);
            }
        }
    }

    private PersonalIds takenPersonalIds(List<ReviewRecord> records) {
        List<String> ids = records.stream().filter(r -> r != null && r.newHousehold() != null
                && r.newHousehold().members() != null)
                .flatMap(r -> r.newHousehold().members().stream())
                .filter(m -> m != null && m.personalId() != null).map(HouseholdInput.MemberInput::personalId).toList();
        if (ids.isEmpty()) {
            return new PersonalIds(Set.of());
        }
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT personal_id FROM household_member WHERE personal_id IN (:ids)")
                .setParameter("ids", ids).getResultList();
        return new PersonalIds(new HashSet<>(rows));
    }

    String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> strings(String json) {
        try {
            return mapper.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void requireCommuneOfficer(String communeCode, LocalDate on) {
        if (caller.roles().stream().noneMatch(r -> r.equals(Roles.COMMUNE_OFFICER) || r.equals(Roles.DISTRICT_OFFICER)
                || r.equals(Roles.PROVINCE_OFFICER))) {
            throw ProblemException.forbidden("Reviews are entered by commune officers (or district and province"
                    + " officers for their area).");
        }
        caller.requireArea(communeCode, on);
    }

    private static void requireOpen(ReviewRound round) {
        if (round.status != ReviewRound.Status.OPEN) {
            throw ProblemException.conflict("Round " + round.id + " was decided on " + round.decisionDate + " ("
                    + round.decisionNumber + "); open the next round for new reviews.");
        }
    }

    private ReviewRound round(UUID id, boolean lock) {
        ReviewRound round = lock ? ReviewRound.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                : ReviewRound.findById(id);
        if (round == null) {
            throw ProblemException.notFound("There is no review round " + id + ".");
        }
        return round;
    }

    RoundView view(ReviewRound round) {
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("SELECT status, count(*) FROM review WHERE round_id = :r GROUP BY status")
                .setParameter("r", round.id).getResultList();
        Map<String, Long> byStatus = new TreeMap<>();
        counts.forEach(c -> byStatus.put((String) c[0], ((Number) c[1]).longValue()));
        String name = AdministrativeUnits.get().find(round.communeCode, round.firstDay()).map(UnitVersion::name)
                .orElse(null);
        return new RoundView(round.id, round.communeCode, name, round.kind, round.heldYear, round.month,
                round.listYear, round.standardCode, round.areaType, round.status.name(), round.firstDay(),
                round.lastDay(), round.decisionNumber, round.decisionDate, round.decidedBy, byStatus);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

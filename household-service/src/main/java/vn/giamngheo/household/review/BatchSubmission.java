package vn.giamngheo.household.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;

import vn.giamngheo.household.domain.Classification;
import vn.giamngheo.household.domain.Classifier;
import vn.giamngheo.household.domain.HouseholdCodes;
import vn.giamngheo.household.domain.MeetingShare;
import vn.giamngheo.household.domain.PovertyStandard;
import vn.giamngheo.household.domain.ReviewRound;
import vn.giamngheo.household.domain.RuleViolation;
import vn.giamngheo.household.domain.SurveyAnswers;
import vn.giamngheo.household.domain.SurveyDate;
import vn.giamngheo.household.registry.HouseholdInput;
import vn.giamngheo.household.registry.NewHouseholdRules;
import vn.giamngheo.household.registry.RegistryWriter;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.web.problem.Problem;

/**
 * One batch's records, taken one at a time: each is validated and classified alone, and stands or falls alone;
 * the households and reviews of those that stand are collected for the writes in bulk.
 */
final class BatchSubmission {

    private final ReviewRound round;
    private final PovertyStandard standard;
    private final Validator validator;
    private final Map<String, Reviews.KnownHousehold> known;
    private final Set<UUID> alreadyReviewed;
    private final NewHouseholdRules.Submission identities;
    private final Set<UUID> inThisBatch = new HashSet<>();
    final List<ReviewBatchResult.RecordResult> results = new ArrayList<>();
    final List<RegistryWriter.NewHousehold> newHouseholds = new ArrayList<>();
    final List<RegistryWriter.NewReview> reviews = new ArrayList<>();

    /**
     * @param known the registered households the batch names, by code
     * @param alreadyReviewed those of them with a review in the round that was not returned
     * @param identities the identity numbers of the batch's new households, and those the registry holds
     */
    BatchSubmission(ReviewRound round, PovertyStandard standard, Validator validator,
            Map<String, Reviews.KnownHousehold> known, Set<UUID> alreadyReviewed,
            NewHouseholdRules.Submission identities) {
        this.round = round;
        this.standard = standard;
        this.validator = validator;
        this.known = known;
        this.alreadyReviewed = alreadyReviewed;
        this.identities = identities;
    }

    void take(int index, ReviewRecord record) {
        if (record == null) {
            reject(index, null, List.of(new Problem.FieldError("reviews[" + index + "]", "must not be null")));
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        validator.validate(record).forEach(v -> errors.add(new Problem.FieldError(v.getPropertyPath().toString(),
                v.getMessage())));
        UUID householdId = household(record, errors);
        SurveyDate.check(record.surveyDate(), round.period()).ifPresent(v -> errors.add(error(v)));
        Classification c = errors.isEmpty() ? classify(record, errors) : null;
        if (!errors.isEmpty()) {
            reject(index, record.householdCode(), errors);
            return;
        }
        accept(index, record, householdId, c);
    }

    /** The registered household the record reviews, or null for a new one; what is wrong with either is added. */
    private UUID household(ReviewRecord record, List<Problem.FieldError> errors) {
        String code = record.householdCode();
        if ((code == null) == (record.newHousehold() == null)) {
            errors.add(new Problem.FieldError("householdCode", "give either the code of a registered household or a"
                    + " newHousehold, not both"));
            return null;
        }
        if (code == null) {
            if (record.newHousehold().members() != null) {
                errors.addAll(identities.check("newHousehold.", record.newHousehold().people()));
            }
            return null;
        }
        Reviews.KnownHousehold k = known.get(code);
        // After the 2025 reform a commune reviews the households of the communes it was formed from.
        if (k == null || !round.communeCode.equals(AdministrativeUnits.get()
                .currentCode(k.communeCode(), round.firstDay()).orElse(null))) {
            errors.add(new Problem.FieldError("householdCode", "commune " + round.communeCode + " has no household "
                    + code));
            return null;
        }
        if (k.currentListYear() != null && k.currentListYear() > round.listYear) {
            // A later list was recognised already (the periodic review of late N decides the list of N+1): a review
            // for an earlier list would undo it.
            errors.add(new Problem.FieldError("householdCode", "household " + code + " is on the list of "
                    + k.currentListYear() + " already; a review for the list of " + round.listYear
                    + " cannot change it"));
            return null;
        }
        if (record.householdVersion() != null && record.householdVersion() != k.version()) {
            errors.add(new Problem.FieldError("householdVersion", "household " + code + " changed on the server since"
                    + " it was downloaded (version " + record.householdVersion() + " then, " + k.version() + " now):"
                    + " download it again and check the survey before sending it"));
            return null;
        }
        if (alreadyReviewed.contains(k.id()) || inThisBatch.contains(k.id())) {
            errors.add(new Problem.FieldError("householdCode", "household " + code + " already has a review in this"
                    + " round; only a returned review may be submitted again"));
        }
        return k.id();
    }

    private Classification classify(ReviewRecord record, List<Problem.FieldError> errors) {
        try {
            return Classifier.classify(standard, round.areaType, new SurveyAnswers(record.incomePerPersonMonthlyVnd(),
                    record.scoreA(), record.deprivedIndicators(), record.scoreB()), record.surveyDate());
        } catch (Classifier.InvalidAnswers e) {
            errors.add(new Problem.FieldError(e.field(), e.getMessage()));
            return null;
        }
    }

    private void accept(int index, ReviewRecord record, UUID householdId, Classification c) {
        String code = record.householdCode();
        if (householdId != null) {
            inThisBatch.add(householdId);
        } else {
            HouseholdInput in = record.newHousehold();
            identities.claim(in.people());
            householdId = UUID.randomUUID();
            code = HouseholdCodes.next(round.communeCode);
            newHouseholds.add(RegistryWriter.NewHousehold.of(householdId, code, round.communeCode, in,
                    PovertyStatus.NOT_POOR, null, false, null));
        }
        boolean agreed = MeetingShare.agreed(record.meetingAgreeShare());
        UUID reviewId = UUID.randomUUID();
        reviews.add(new RegistryWriter.NewReview(reviewId, round.id, householdId, agreed ? "SUBMITTED" : "RETURNED",
                record.surveyDate(), record.incomePerPersonMonthlyVnd(), record.scoreA(), c.deprivedIndicators(),
                record.scoreB(), record.meetingAgreeShare(), c.status(), c.lowIncomeWorker(), c.decidedBy().name(),
                c.explanationVi(), c.explanationEn(), agreed ? null : MeetingShare.RETURN_REASON, c.standardVersion()));
        results.add(new ReviewBatchResult.RecordResult(index, agreed ? ReviewBatchResult.Outcome.ACCEPTED
                : ReviewBatchResult.Outcome.RETURNED, code, reviewId, c.status(), c.explanationVi(), c.explanationEn(),
                c.standardVersion(), c.provisionalFigures(), List.of()));
    }

    private void reject(int index, String code, List<Problem.FieldError> errors) {
        results.add(new ReviewBatchResult.RecordResult(index, ReviewBatchResult.Outcome.REJECTED, code, null, null,
                null, null, null, null, errors));
    }

    private static Problem.FieldError error(RuleViolation v) {
        return new Problem.FieldError(v.field(), v.message());
    }

    int count(ReviewBatchResult.Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }
}

package vn.giamngheo.household.complaints;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.household.domain.Classification;
import vn.giamngheo.household.domain.Classifier;
import vn.giamngheo.household.domain.Complaint;
import vn.giamngheo.household.domain.DeprivationStandings;
import vn.giamngheo.household.domain.Household;
import vn.giamngheo.household.domain.Movements;
import vn.giamngheo.household.domain.PovertyStandard;
import vn.giamngheo.household.domain.PovertyStandards;
import vn.giamngheo.household.domain.ReviewRound;
import vn.giamngheo.household.registry.AreaCommunes;
import vn.giamngheo.household.registry.StatusChanges;
import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.events.payload.ChangeCause;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised.Standing;
import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.problem.ProblemException;

/**
 * A complaint's steps after it is recorded: the chair assigns it to an officer; the officer re-surveys the household
 * and the round's standard classifies the answers; the chair answers. An upheld complaint whose re-survey gives
 * another class changes the household's class by this new decision (movement COMPLAINT_CORRECTION, with its events);
 * the round's decision stays as it was.
 */
@ApplicationScoped
@Transactional
public class Complaints {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    AccessPolicy access;

    @Inject
    PovertyStandards standards;

    @Inject
    StatusChanges statusChanges;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper mapper;

    @Inject
    jakarta.persistence.EntityManager em;

    public Complaint assign(UUID id, @NotBlank(message = "is required: the officer who re-checks it") String officer) {
        access.requireRole(AccessPolicy.Operation.ANSWER_COMPLAINTS);
        Complaint c = find(id);
        access.require(AccessPolicy.Operation.ANSWER_COMPLAINTS, c.communeCode, today());
        requireOpen(c);
        c.assignedTo = officer;
        c.assignedBy = access.user();
        c.assignedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (c.status == Complaint.Status.RECEIVED) {
            c.status = Complaint.Status.ASSIGNED;
        }
        audit.record("ASSIGN_COMPLAINT", "complaint", c.id.toString(), c.communeCode, today(), null,
                Map.of("assignedTo", officer));
        return c;
    }

    public Complaint resurvey(UUID id, @Valid @NotNull(message = "a re-survey is required") Resurvey survey) {
        access.requireRole(AccessPolicy.Operation.RESURVEY_COMPLAINTS);
        Complaint c = find(id);
        access.require(AccessPolicy.Operation.RESURVEY_COMPLAINTS, c.communeCode, today());
        requireOpen(c);
        if (survey.surveyDate().isBefore(c.receivedOn) || survey.surveyDate().isAfter(today())) {
            throw ProblemException.invalidField("surveyDate", "must be between the complaint's receipt ("
                    + c.receivedOn + ") and today");
        }
        ReviewRound round = ReviewRound.findById(c.roundId);
        PovertyStandard standard = standards.byCode(round.standardCode).orElseThrow();
        Classification result;
        try {
            // The round's standard and area type: the complaint is about that list.
            result = Classifier.classify(standard, round.areaType, survey.answers(), survey.surveyDate());
        } catch (Classifier.InvalidAnswers e) {
            throw ProblemException.invalidField(e.field(), e.getMessage());
        }
        c.resurvey = json(survey);
        c.resurveyDate = survey.surveyDate();
        c.resurveyStatus = result.status();
        c.resurveyExplanation = result.explanationVi();
        c.resurveyedBy = access.user();
        c.resurveyedAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.status = Complaint.Status.RESURVEYED;
        audit.record("RESURVEY_COMPLAINT", "complaint", c.id.toString(), c.communeCode, survey.surveyDate(), null,
                Map.of("status", result.status().name()));
        return c;
    }

    public Complaint answer(UUID id, @Valid @NotNull(message = "an answer is required") ComplaintAnswer answer) {
        access.requireRole(AccessPolicy.Operation.ANSWER_COMPLAINTS);
        Complaint c = Complaint.<Complaint>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> notFound(id));
        access.require(AccessPolicy.Operation.ANSWER_COMPLAINTS, c.communeCode, today());
        requireOpen(c);
        LocalDate on = answer.decisionDate() == null ? today() : answer.decisionDate();
        if (on.isAfter(today()) || on.isBefore(c.receivedOn)) {
            throw ProblemException.invalidField("decisionDate", "must be between the complaint's receipt ("
                    + c.receivedOn + ") and today");
        }
        if (answer.upheld() && c.status != Complaint.Status.RESURVEYED) {
            throw ProblemException.conflict("A complaint is upheld on a re-survey: record the household's re-survey"
                    + " first (POST /api/v1/complaints/" + id + "/re-survey).");
        }
        c.answer = answer.answer();
        c.decisionNumber = answer.decisionNumber();
        c.decisionDate = on;
        c.answeredBy = access.user();
        c.answeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.status = answer.upheld() ? Complaint.Status.UPHELD : Complaint.Status.DISMISSED;
        c.corrected = answer.upheld() && correct(c, on);
        audit.record(answer.upheld() ? "UPHOLD_COMPLAINT" : "DISMISS_COMPLAINT", "complaint", c.id.toString(),
                c.communeCode, on, null, Map.of("corrected", c.corrected, "decisionNumber",
                        c.decisionNumber == null ? "" : c.decisionNumber));
        return c;
    }

    /**
     * Gives the household the re-survey's class by the complaint's decision, on the round's list; whether the class
     * changed.
     */
    private boolean correct(Complaint c, LocalDate on) {
        Household h = Household.<Household>findByIdOptional(c.householdId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow();
        ReviewRound round = ReviewRound.findById(c.roundId);
        String why = h.closedOn != null ? "it was closed on " + h.closedOn
                : !AreaCommunes.holder(h.communeCode, on).equals(AreaCommunes.holder(round.communeCode, on))
                        ? "it moved to commune " + h.communeCode
                        : h.currentListYear == null || h.currentListYear != round.listYear || decidedLater(h, round)
                                ? "a later decision replaced the round's" : null;
        if (why != null) {
            throw ProblemException.conflict("Household " + h.code + " is no longer as round " + round.id
                    + " recognised it (" + why + "): the complaint can only be dismissed, with the reasons.");
        }
        PovertyStatus before = h.currentStatus;
        PovertyStatus after = c.resurveyStatus;
        if (before == after) {
            return false;
        }
        Resurvey survey = read(c.resurvey);
        PovertyStandard standard = standards.byCode(round.standardCode).orElseThrow();
        Standing counted = statusChanges.counted(h);
        Standing standing = DeprivationStandings.of(after, h.ethnicMinority, standard, survey.deprivedIndicators());
        String version = Classifier.classify(standard, round.areaType, survey.answers(), c.resurveyDate)
                .standardVersion();
        List<StatusChanges.StandingChange> standings = DeprivationStandings.publish(counted, standing)
                ? List.of(new StatusChanges.StandingChange(h.code, counted, standing, version)) : List.of();
        statusChanges.count(h, standing);
        List<StatusChanges.Change> changes = List.of(StatusChanges.Change.of(h, before, after,
                MovementKind.COMPLAINT_CORRECTION, survey.deprivedIndicators(), version, false));
        h.currentStatus = after;
        h.everListed = h.everListed || Movements.listed(after);
        statusChanges.record(new StatusChanges.Decision(ChangeCause.COMPLAINT, c.id, null, round.listYear,
                round.communeCode, c.decisionNumber, on, round.standardCode, round.areaType), changes, standings);
        return true;
    }

    /** Whether a round decided after this one reviewed the household. */
    private boolean decidedLater(Household h, ReviewRound round) {
        return !em.createNativeQuery("""
                SELECT 1 FROM review r JOIN review_round rr ON rr.id = r.round_id
                WHERE r.household_id = :h AND rr.status = 'DECIDED' AND rr.id <> :round
                  AND rr.decided_at > :at""").setParameter("h", h.id).setParameter("round", round.id)
                .setParameter("at", round.decidedAt).getResultList().isEmpty();
    }

    private static void requireOpen(Complaint c) {
        if (c.status.answered()) {
            throw ProblemException.conflict("The complaint was answered already (" + c.status + ") on "
                    + c.decisionDate + ".");
        }
    }

    private static Complaint find(UUID id) {
        return Complaint.<Complaint>findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No complaint has id " + id + ".");
    }

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Resurvey read(String json) {
        try {
            return mapper.readValue(json, Resurvey.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}

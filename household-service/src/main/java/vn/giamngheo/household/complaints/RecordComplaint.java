package vn.giamngheo.household.complaints;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.giamngheo.household.domain.Complaint;
import vn.giamngheo.household.domain.ComplaintPeriods;
import vn.giamngheo.household.domain.Household;
import vn.giamngheo.household.domain.ReviewRound;
import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.problem.ProblemException;

/**
 * A commune officer records a complaint about a decided round's recognition of a household, lodged within the period
 * the law allows from the decision; its answer is due within the period counted from its receipt.
 */
@ApplicationScoped
@Transactional
public class RecordComplaint {

    @Inject
    AccessPolicy access;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    public Complaint record(@Valid @NotNull(message = "a complaint is required") ComplaintRequest request) {
        access.requireRole(AccessPolicy.Operation.RECORD_COMPLAINTS);
        ReviewRound round = ReviewRound.<ReviewRound>findByIdOptional(request.roundId()).orElseThrow(() ->
                ProblemException.invalidField("roundId", "no review round has id " + request.roundId()));
        LocalDate today = LocalDate.now(Complaints.VIETNAM);
        access.require(AccessPolicy.Operation.RECORD_COMPLAINTS, round.communeCode, today);
        if (round.status != ReviewRound.Status.DECIDED) {
            throw ProblemException.conflict("Round " + round.id + " is not decided yet: before the decision, the"
                    + " village meeting and the review team take up what a household says.");
        }
        Household h = Household.byCode(request.householdCode()).orElseThrow(() -> ProblemException.invalidField(
                "householdCode", "no household has code " + request.householdCode()));
        boolean reviewed = !em.createNativeQuery("SELECT 1 FROM review WHERE round_id = :r AND household_id = :h")
                .setParameter("r", round.id).setParameter("h", h.id).getResultList().isEmpty();
        if (!reviewed) {
            throw ProblemException.invalidField("householdCode", "household " + h.code + " was not reviewed in round "
                    + round.id + ": a household left out applies to the next regular review (Mẫu số 01)");
        }
        if (request.receivedOn().isAfter(today) || request.receivedOn().isBefore(round.decisionDate)) {
            throw ProblemException.invalidField("receivedOn", "must be between the decision's day ("
                    + round.decisionDate + ") and today");
        }
        ComplaintPeriods.Period period = ComplaintPeriods.on(round.decisionDate).orElseThrow();
        LocalDate lodgeBy = ComplaintPeriods.lodgeBy(period, round.decisionDate);
        if (request.receivedOn().isAfter(lodgeBy)) {
            throw ProblemException.unprocessable("complaint-period-over", "The complaint period is over",
                    "A complaint about decision " + (round.decisionNumber == null ? "" : round.decisionNumber + " ")
                            + "of " + round.decisionDate + " could be lodged until " + lodgeBy + " ("
                            + period.lodgeWithinDays() + " days: " + period.lodgeSource() + "); this one was received on "
                            + request.receivedOn() + ". The household may apply to the regular review instead.");
        }
        Complaint c = new Complaint();
        c.id = UUID.randomUUID();
        c.roundId = round.id;
        c.householdId = h.id;
        c.communeCode = round.communeCode;
        c.complainantName = request.complainant().name();
        c.complainantRelation = request.complainant().relation();
        c.ground = request.ground();
        c.claimedStatus = request.claimedStatus() == null ? null : PovertyStatus.valueOf(request.claimedStatus());
        c.receivedOn = request.receivedOn();
        c.lodgeDeadline = lodgeBy;
        c.complex = Boolean.TRUE.equals(request.complex());
        c.answerDue = ComplaintPeriods.answerBy(period, request.receivedOn(), c.complex);
        c.periodSource = period.lodgeSource() + "; " + period.answerSource();
        c.status = Complaint.Status.RECEIVED;
        c.recordedBy = access.user();
        c.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.persist();
        audit.record("RECORD_COMPLAINT", "complaint", c.id.toString(), c.communeCode, c.receivedOn, null,
                Map.of("household", h.code, "round", round.id.toString(), "answerDue", c.answerDue.toString()));
        return c;
    }
}

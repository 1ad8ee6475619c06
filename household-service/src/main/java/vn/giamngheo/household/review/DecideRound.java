package vn.giamngheo.household.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jboss.logging.Logger;

import vn.giamngheo.household.domain.DecisionDate;
import vn.giamngheo.household.domain.DeprivationStandings;
import vn.giamngheo.household.domain.Household;
import vn.giamngheo.household.domain.Movements;
import vn.giamngheo.household.domain.PovertyStandard;
import vn.giamngheo.household.domain.PovertyStandards;
import vn.giamngheo.household.domain.ReformReclassification;
import vn.giamngheo.household.domain.StandardReclassification;
import vn.giamngheo.household.domain.ReviewRound;
import vn.giamngheo.household.registry.StatusChanges;
import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised.Standing;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.problem.ProblemException;

/**
 * The chair's decision: recognises the round's submitted reviews at once, except those returned, sets each
 * household's status and movement, and publishes the changes.
 */
@ApplicationScoped
@Transactional
public class DecideRound {

    private static final Logger LOG = Logger.getLogger(DecideRound.class);

    @Inject
    AccessPolicy access;

    @Inject
    PovertyStandards standards;

    @Inject
    Reviews reviews;

    @Inject
    StatusChanges statusChanges;

    @Inject
    AuditTrail audit;

    public DecisionResult decide(UUID roundId, @Valid @NotNull(message = "a decision is required") DecisionRequest request) {
        ReviewRound round = Rounds.findForWrite(roundId,
                r -> access.require(AccessPolicy.Operation.DECIDE_ROUND, r.communeCode, r.firstDay()));
        Rounds.requireOpen(round);
        DecisionDate.check(request.decisionDate(), round.firstDay(), LocalDate.now()).ifPresent(v -> {
            throw ProblemException.invalidField(v.field(), v.message());
        });
        int returned = returnReviews(round, request.returned());
        List<Reviews.Submitted> all = reviews.submitted(round.id);
        List<Reviews.Submitted> submitted = new ArrayList<>();
        Map<UUID, Household> households = households(all.stream().map(Reviews.Submitted::householdId).toList());
        for (Reviews.Submitted s : all) {
            Household h = households.get(s.householdId());
            if (h.currentListYear != null && h.currentListYear > round.listYear) {
                // Its review was submitted before a later list was recognised for it: deciding it would undo that
                // list, so it goes back to the commune, as the batch refuses such a review now.
                returned += reviews.returnSubmitted(round.id, h.code, "hộ " + h.code + " đã thuộc danh sách năm "
                        + h.currentListYear + "; không thể xét lại cho danh sách năm " + round.listYear);
            } else {
                submitted.add(s);
            }
        }
        Map<String, Integer> movements = new TreeMap<>();
        List<StatusChanges.StandingChange> standings = new ArrayList<>();
        List<StatusChanges.Change> changes = recognise(round, submitted, households, movements, standings);
        reviews.approveSubmitted(round.id);
        round.status = ReviewRound.Status.DECIDED;
        round.decisionNumber = request.decisionNumber();
        round.decisionDate = request.decisionDate();
        round.decidedBy = access.user();
        round.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        statusChanges.record(round, changes, standings);
        DecisionResult result = new DecisionResult(round.id, round.decisionNumber, round.decisionDate,
                submitted.size(), returned, changes.size(), movements,
                (int) changes.stream().filter(StatusChanges.Change::standardChangeUnverified).count());
        audit.record("DECIDE", "review-round", round.id.toString(), round.communeCode, round.decisionDate, null, result);
        LOG.infof("round %s of %s decided: %d recognised, %d changed", round.id, round.communeCode, submitted.size(),
                changes.size());
        return result;
    }

    /** Sends the named reviews back for re-survey; each must be a submitted review of the round. */
    private int returnReviews(ReviewRound round, List<DecisionRequest.Returned> toReturn) {
        int returned = 0;
        for (DecisionRequest.Returned r : toReturn == null ? List.<DecisionRequest.Returned>of() : toReturn) {
            int n = reviews.returnSubmitted(round.id, r.householdCode(), r.reason());
            if (n == 0) {
                throw ProblemException.invalidField("returned", "household " + r.householdCode()
                        + " has no submitted review in this round");
            }
            returned += n;
        }
        return returned;
    }

    /**
     * Gives each reviewed household its recognised status; the changes, counted by movement, are returned, and the
     * standings that change a count of the deprivation structure are added to {@code standings}.
     */
    private List<StatusChanges.Change> recognise(ReviewRound round, List<Reviews.Submitted> submitted,
            Map<UUID, Household> households, Map<String, Integer> movements,
            List<StatusChanges.StandingChange> standings) {
        PovertyStandard standard = standards.byCode(round.standardCode).orElseThrow();
        List<StatusChanges.Change> changes = new ArrayList<>();
        for (Reviews.Submitted s : submitted) {
            Household h = households.get(s.householdId());
            PovertyStatus after = s.computed();
            PovertyStatus before = h.currentListYear == null ? null : h.currentStatus;
            boolean byReform = ReformReclassification.byReformAlone(standard, before, h.lastAreaType, round.areaType,
                    s.answers());
            // The standard the household's class was last decided under: that of its list.
            PovertyStandard previous = h.currentListYear == null ? null
                    : standards.forListYear(h.currentListYear).orElse(null);
            StandardReclassification.Verdict verdict = before == after ? StandardReclassification.Verdict.REAL
                    : StandardReclassification.judge(previous, standard, before, round.areaType, s.answers());
            var movement = Movements.of(before, after, h.everListed, byReform,
                    verdict == StandardReclassification.Verdict.BY_STANDARD_ALONE);
            boolean unverified = !byReform && verdict == StandardReclassification.Verdict.REAL_UNVERIFIED
                    && movement.isPresent();
            Standing counted = statusChanges.counted(h);
            Standing standing = DeprivationStandings.of(after, h.ethnicMinority, standard,
                    s.answers().deprivedIndicators());
            if (DeprivationStandings.publish(counted, standing)) {
                standings.add(new StatusChanges.StandingChange(h.code, counted, standing, s.standardVersion()));
            }
            statusChanges.count(h, standing);
            h.currentStatus = after;
            h.currentListYear = round.listYear;
            h.everListed = h.everListed || Movements.listed(after);
            h.lastAreaType = round.areaType;
            h.reviewDueSince = null;
            movement.ifPresent(m -> {
                movements.merge(m.name(), 1, Integer::sum);
                changes.add(StatusChanges.Change.of(h, before, after, m, s.answers().deprivedIndicators(),
                        s.standardVersion(), unverified));
            });
        }
        return changes;
    }

    /** The households by id, read a thousand at a time to keep each query's parameter list bounded. */
    private static Map<UUID, Household> households(List<UUID> ids) {
        Map<UUID, Household> households = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            Household.<Household>list("id in ?1", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .forEach(h -> households.put(h.id, h));
        }
        return households;
    }
}

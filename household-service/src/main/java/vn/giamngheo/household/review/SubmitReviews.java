package vn.giamngheo.household.review;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import vn.giamngheo.household.domain.Person;
import vn.giamngheo.household.domain.PovertyStandards;
import vn.giamngheo.household.domain.ReviewRound;
import vn.giamngheo.household.registry.NewHouseholdRules;
import vn.giamngheo.household.registry.RegistryWriter;
import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.ProblemException;

/**
 * A commune app submits a batch of reviews: every record is validated and classified alone; the good ones are
 * stored in one go, with one look-up query per batch for the households, reviews and identity numbers it names.
 */
@ApplicationScoped
@Transactional
public class SubmitReviews {

    @Inject
    AccessPolicy access;

    @Inject
    PovertyStandards standards;

    @Inject
    Reviews reviews;

    @Inject
    NewHouseholdRules householdRules;

    @Inject
    RegistryWriter writer;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    public IdempotencyKeys.Result<ReviewBatchResult> submit(String key, UUID roundId,
            @NotNull(message = "a batch is required") ReviewBatch batch) {
        if (batch.reviews() == null || batch.reviews().isEmpty() || batch.reviews().size() > 5000) {
            throw ProblemException.invalidField("reviews", "must hold 1 to 5000 reviews");
        }
        ReviewRound round = Rounds.findForWrite(roundId,
                r -> access.require(AccessPolicy.Operation.SUBMIT_REVIEWS, r.communeCode, r.firstDay()));
        // A batch resent after its answer was lost gets that answer, even once the round is decided; a new one may
        // only go to an open round.
        return idempotency.once(key, "reviews.batch:" + roundId, batch, 200, ReviewBatchResult.class, () -> {
            Rounds.requireOpen(round);
            return run(round, batch.reviews());
        });
    }

    private ReviewBatchResult run(ReviewRound round, List<ReviewRecord> records) {
        BatchSubmission batch = start(round, records);
        for (int i = 0; i < records.size(); i++) {
            batch.take(i, records.get(i));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        writer.households(batch.newHouseholds, access.user(), now);
        writer.reviews(batch.reviews, access.user(), now);
        int accepted = batch.count(ReviewBatchResult.Outcome.ACCEPTED);
        int returned = batch.count(ReviewBatchResult.Outcome.RETURNED);
        int rejected = records.size() - accepted - returned;
        audit.record("SUBMIT_REVIEWS", "review-round", round.id.toString(), round.communeCode, round.firstDay(),
                null, Map.of("accepted", accepted, "returned", returned, "rejected", rejected,
                        "newHouseholds", batch.newHouseholds.size()));
        return new ReviewBatchResult(round.id, accepted, returned, rejected, batch.results);
    }

    /** The batch with what the database knows of the households and identity numbers it names. */
    private BatchSubmission start(ReviewRound round, List<ReviewRecord> records) {
        Map<String, Reviews.KnownHousehold> known = reviews.known(records.stream().filter(Objects::nonNull)
                .map(ReviewRecord::householdCode).filter(Objects::nonNull).distinct().toList());
        List<List<Person>> newHouseholds = records.stream().filter(r -> r != null && r.newHousehold() != null
                && r.newHousehold().members() != null).map(r -> r.newHousehold().people()).toList();
        return new BatchSubmission(round, standards.byCode(round.standardCode).orElseThrow(), validator, known,
                reviews.reviewedInRound(round.id, known.values().stream().map(Reviews.KnownHousehold::id).toList()),
                householdRules.submission(newHouseholds));
    }
}

package vn.giamngheo.household.review;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.giamngheo.household.domain.ListYear;
import vn.giamngheo.household.domain.PovertyStandard;
import vn.giamngheo.household.domain.PovertyStandards;
import vn.giamngheo.household.domain.ReviewRound;
import vn.giamngheo.household.domain.RoundPeriod;
import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.events.payload.ReviewRoundKind;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.problem.ProblemException;

/**
 * A commune opens a review round (QĐ 24/2021/QĐ-TTg): the periodic one of a year or the regular one of a month,
 * under the standard of the list it produces and the commune's area type on its first day.
 */
@ApplicationScoped
@Transactional
public class OpenRound {

    @Inject
    AccessPolicy access;

    @Inject
    PovertyStandards standards;

    @Inject
    ReadRounds rounds;

    @Inject
    AuditTrail audit;

    public RoundSummary openRound(@Valid @NotNull(message = "a round is required") RoundRequest request) {
        ReviewRoundKind kind = ReviewRoundKind.valueOf(request.kind());
        RoundPeriod.checkMonth(kind, request.month()).ifPresent(v -> {
            throw ProblemException.invalidField(v.field(), v.message());
        });
        ReviewRound round = new ReviewRound();
        round.id = UUID.randomUUID();
        round.communeCode = request.communeCode();
        round.kind = kind;
        round.heldYear = request.heldYear();
        round.month = kind == ReviewRoundKind.REGULAR ? request.month() : null;
        round.listYear = ListYear.producedBy(kind, round.heldYear);
        UnitVersion commune = AdministrativeUnits.get().find(round.communeCode, round.firstDay())
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> ProblemException.invalidField("communeCode", "no commune has code "
                        + request.communeCode() + " on " + round.firstDay()));
        access.require(AccessPolicy.Operation.OPEN_ROUND, round.communeCode, round.firstDay());
        PovertyStandard standard = standards.forListYear(round.listYear).orElseThrow(() -> ProblemException
                .invalidField("heldYear", "no poverty standard applies to the list of " + round.listYear));
        round.standardCode = standard.code();
        round.areaType = commune.areaType();
        round.status = ReviewRound.Status.OPEN;
        round.openedBy = access.user();
        round.openedAt = OffsetDateTime.now(ZoneOffset.UTC);
        requireFirstOfItsKind(round);
        round.persist();
        audit.record("OPEN_ROUND", "review-round", round.id.toString(), round.communeCode, round.firstDay(), null,
                request);
        return rounds.summary(round);
    }

    /** A commune holds each periodic round once a year and each regular round once a month. */
    private static void requireFirstOfItsKind(ReviewRound round) {
        boolean exists = ReviewRound.count("communeCode = ?1 and kind = ?2 and heldYear = ?3 and coalesce(month, 0) = ?4",
                round.communeCode, round.kind, round.heldYear, round.month == null ? 0 : round.month) > 0;
        if (exists) {
            throw ProblemException.conflict("Commune " + round.communeCode + " already has this " + round.kind
                    + " round of " + round.heldYear + (round.month == null ? "" : "-" + round.month) + ".");
        }
    }
}

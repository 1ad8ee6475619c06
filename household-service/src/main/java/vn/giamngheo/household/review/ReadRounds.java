package vn.giamngheo.household.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.giamngheo.household.domain.ReviewRound;
import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitVersion;

/** Reads a commune's review rounds and where their reviews stand. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadRounds {

    @Inject
    AccessPolicy access;

    @Inject
    Reviews reviews;

    public RoundSummary round(UUID id) {
        ReviewRound round = Rounds.find(id, false);
        access.require(AccessPolicy.Operation.READ_ROUNDS, round.communeCode, round.firstDay());
        return summary(round);
    }

    /** A commune's rounds, the latest first. */
    public List<RoundSummary> rounds(String communeCode, Integer heldYear) {
        access.require(AccessPolicy.Operation.READ_ROUNDS, communeCode, AdministrativeUnits.get()
                .latestValidDay(communeCode, LocalDate.now()).orElse(LocalDate.now()));
        List<ReviewRound> rounds = heldYear == null
                ? ReviewRound.list("communeCode = ?1 order by heldYear desc, month desc nulls first", communeCode)
                : ReviewRound.list("communeCode = ?1 and heldYear = ?2 order by month desc nulls first", communeCode,
                        heldYear);
        return rounds.stream().map(this::summary).toList();
    }

    RoundSummary summary(ReviewRound round) {
        String name = AdministrativeUnits.get().find(round.communeCode, round.firstDay()).map(UnitVersion::name)
                .orElse(null);
        return new RoundSummary(round, name, reviews.countByStatus(round.id));
    }
}

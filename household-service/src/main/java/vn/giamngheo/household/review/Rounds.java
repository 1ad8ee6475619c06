package vn.giamngheo.household.review;

import java.util.UUID;

import jakarta.persistence.LockModeType;

import vn.giamngheo.household.domain.ReviewRound;
import vn.giamngheo.platform.web.problem.ProblemException;

/** Finds a round for a use case, and refuses what a decided round no longer takes. */
final class Rounds {

    private Rounds() {
    }

    /** The round; locked when the use case changes it or its reviews, so that writers of one round go in turn. */
    static ReviewRound find(UUID id, boolean lock) {
        ReviewRound round = lock ? ReviewRound.findById(id, LockModeType.PESSIMISTIC_WRITE) : ReviewRound.findById(id);
        if (round == null) {
            throw ProblemException.notFound("There is no review round " + id + ".");
        }
        return round;
    }

    /**
     * The round, locked for a write, once the caller's permission over it holds: a caller who may not write takes no
     * lock (the round is read without one for the check, then read again under the lock, fresh).
     */
    static ReviewRound findForWrite(UUID id, java.util.function.Consumer<ReviewRound> permission) {
        ReviewRound unlocked = find(id, false);
        permission.accept(unlocked);
        ReviewRound.getEntityManager().detach(unlocked);
        return find(id, true);
    }

    static void requireOpen(ReviewRound round) {
        if (round.status != ReviewRound.Status.OPEN) {
            throw ProblemException.conflict("Round " + round.id + " was decided on " + round.decisionDate + " ("
                    + round.decisionNumber + "); open the next round for new reviews.");
        }
    }
}

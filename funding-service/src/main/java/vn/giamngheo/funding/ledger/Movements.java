package vn.giamngheo.funding.ledger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Tuple;

import vn.giamngheo.funding.domain.Allocation;
import vn.giamngheo.funding.domain.BudgetLine;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.ProblemException;

/** What every money movement begins with: its retry key, its clock, and the allocation it moves, locked. */
final class Movements {

    private Movements() {
    }

    /** A money movement without a key could be recorded twice by a client that retries after a timeout. */
    static void requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw ProblemException.invalidField(IdempotencyKeys.HEADER, "is required for money movements: send a new"
                    + " UUID with each new request, and the same one when you retry it");
        }
    }

    /** The allocation, locked until the end of the transaction: payments and reversals of it queue up here. */
    static Allocation lockedAllocation(UUID id) {
        return Allocation.locked(id).orElseThrow(() -> ProblemException.notFound("There is no allocation " + id
                + "."));
    }

    /** The plan unit and year whose officers may move a budget line's money: what a permission is judged by. */
    record LineScope(String planUnitCode, int year) {
    }

    /**
     * The scope of the line an allocation draws on, read as plain values before anything else happens: loading the
     * allocation itself here would put it in the session unlocked, and its locked read later would then find another
     * request's update and fail.
     */
    static LineScope scopeOfAllocation(UUID allocationId) {
        return BudgetLine.getEntityManager().createQuery("""
                SELECT l.planUnitCode AS unit, l.year AS year FROM Allocation a, BudgetLine l
                WHERE a.id = :id AND l.planId = a.planId AND l.lineKey = a.lineKey""", Tuple.class)
                .setParameter("id", allocationId).getResultStream().findFirst().map(Movements::scope)
                .orElseThrow(() -> ProblemException.notFound("There is no allocation " + allocationId + "."));
    }

    /** The scope of a budget line, read as plain values (see {@link #scopeOfAllocation}); empty when none. */
    static java.util.Optional<LineScope> scopeOfLine(UUID planId, String lineKey) {
        return BudgetLine.getEntityManager().createQuery("""
                SELECT l.planUnitCode AS unit, l.year AS year FROM BudgetLine l
                WHERE l.planId = :plan AND l.lineKey = :key""", Tuple.class)
                .setParameter("plan", planId).setParameter("key", lineKey).getResultStream().findFirst()
                .map(Movements::scope);
    }

    private static LineScope scope(Tuple row) {
        return new LineScope(row.get("unit", String.class), row.get("year", Integer.class));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

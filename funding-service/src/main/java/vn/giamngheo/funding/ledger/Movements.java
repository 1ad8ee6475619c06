package vn.giamngheo.funding.ledger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import vn.giamngheo.funding.domain.Allocation;
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

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

package vn.giamngheo.funding.ledger;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.giamngheo.funding.access.AccessPolicy;
import vn.giamngheo.funding.domain.Allocation;
import vn.giamngheo.funding.domain.BudgetLine;
import vn.giamngheo.funding.domain.LedgerEntry;
import vn.giamngheo.funding.domain.LedgerGuards;
import vn.giamngheo.funding.events.FundingEvents;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;

/**
 * Gives back all or part of a payment as a new ledger entry (the ledger is append-only), with the payment's
 * allocation locked so that reversals racing for the same payment queue up and none gives back more than was paid.
 */
@ApplicationScoped
@Transactional
public class ReverseDisbursement {

    @Inject
    Caller caller;

    @Inject
    AccessPolicy access;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    AuditTrail audit;

    @Inject
    FundingEvents events;

    @Inject
    FundingViews views;

    public IdempotencyKeys.Result<LedgerEntryView> reverse(String key, UUID disbursementId,
            @Valid @NotNull(message = "a reversal is required") ReversalRequest request) {
        Movements.requireKey(key);
        // The permission first: a replayed request is refused as the first one would be.
        LedgerEntry original = LedgerEntry.<LedgerEntry>findByIdOptional(disbursementId).orElseThrow(() ->
                ProblemException.notFound("There is no ledger entry " + disbursementId + "."));
        Movements.LineScope scope = Movements.scopeOfAllocation(original.allocationId);
        access.require(AccessPolicy.Operation.REVERSE, scope.planUnitCode(), scope.year());
        return idempotency.once(key, "reversals.create:" + disbursementId, request, 201, LedgerEntryView.class,
                () -> record(original, request));
    }

    private LedgerEntryView record(LedgerEntry original, ReversalRequest request) {
        UUID disbursementId = original.id;
        if (!LedgerGuards.reversible(original.kind == LedgerEntry.Kind.REVERSAL).allowed()) {
            throw ProblemException.unprocessable("reversal-of-reversal", "A reversal cannot be reversed",
                    "Entry " + disbursementId + " is itself a reversal. To pay again, record a new disbursement.");
        }
        Allocation a = Movements.lockedAllocation(original.allocationId);
        BudgetLine line = BudgetLine.of(a.planId, a.lineKey);
        // Read under the allocation's lock: a reversal of the same payment committed meanwhile is counted.
        LedgerGuards.Verdict verdict = LedgerGuards.withinPayment(original.amountVnd,
                LedgerEntry.reversedOf(original.id), request.amountVnd());
        if (!verdict.allowed()) {
            throw overReversal(original, verdict.refusal());
        }
        if (!LedgerGuards.datedWithin(original.valueDate, request.valueDate())) {
            throw ProblemException.invalidField("valueDate", "must not be before the payment's value date "
                    + original.valueDate);
        }
        LedgerEntry e = LedgerEntry.of(a.id, LedgerEntry.Kind.REVERSAL, request.amountVnd(), request.valueDate(),
                caller.user(), Movements.now());
        e.reversesEntryId = original.id;
        e.reason = request.reason();
        e.persist();
        a.disbursedVnd = Math.subtractExact(a.disbursedVnd, e.amountVnd);
        LedgerEntryView view = views.entry(e, null);
        audit.record("REVERSE", "ledger-entry", e.id.toString(), a.implementingAreaCode, e.valueDate, null, view);
        events.reversed(a, line, e);
        return view;
    }

    private static ProblemException overReversal(LedgerEntry payment, LedgerGuards.Refusal r) {
        return ProblemException.unprocessable("over-reversal", "More than the payment has left",
                "Payment " + payment.id + " of " + r.limit() + " đồng has " + r.left() + " đồng left to reverse; "
                        + r.asked() + " đồng were asked.");
    }
}

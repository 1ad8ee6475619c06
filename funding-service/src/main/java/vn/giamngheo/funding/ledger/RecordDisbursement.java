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
 * Records a payment from an allocation, with the allocation locked so that payments racing for its last đồng
 * queue up and none overspends it.
 */
@ApplicationScoped
@Transactional
public class RecordDisbursement {

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

    public IdempotencyKeys.Result<LedgerEntryView> disburse(String key, UUID allocationId,
            @Valid @NotNull(message = "a disbursement is required") DisbursementRequest request) {
        Movements.requireKey(key);
        // The permission first: a replayed request is refused as the first one would be.
        Movements.LineScope scope = Movements.scopeOfAllocation(allocationId);
        access.require(AccessPolicy.Operation.DISBURSE, scope.planUnitCode(), scope.year());
        return idempotency.once(key, "disbursements.create:" + allocationId, request, 201, LedgerEntryView.class,
                () -> record(allocationId, request));
    }

    private LedgerEntryView record(UUID allocationId, DisbursementRequest request) {
        Allocation a = Movements.lockedAllocation(allocationId);
        // Under the allocation's lock: of two requests with one treasury reference, the second sees the first.
        LedgerEntry.<LedgerEntry>find("allocationId = ?1 and kind = ?2 and paymentReference = ?3", allocationId,
                LedgerEntry.Kind.DISBURSEMENT, request.paymentReference()).firstResultOptional().ifPresent(first -> {
                    throw ProblemException.conflict("Payment " + first.id + " of this allocation already bears the"
                            + " treasury reference " + request.paymentReference() + " (" + first.amountVnd + " đồng on "
                            + first.valueDate + "). A payment is recorded once: to resend the same request, use its"
                            + " first Idempotency-Key; a different payment has a reference of its own.");
                });
        BudgetLine line = BudgetLine.of(a.planId, a.lineKey);
        LedgerGuards.Verdict verdict = LedgerGuards.withinAllocation(a.amountVnd, a.disbursedVnd, request.amountVnd());
        if (!verdict.allowed()) {
            throw overAllocation(a, verdict.refusal());
        }
        LedgerEntry e = LedgerEntry.of(a.id, LedgerEntry.Kind.DISBURSEMENT, request.amountVnd(), request.valueDate(),
                caller.user(), Movements.now());
        e.payee = request.payee();
        e.paymentReference = request.paymentReference();
        e.persist();
        a.disbursedVnd = verdict.usedAfter();
        LedgerEntryView view = views.entry(e, 0L);
        audit.record("DISBURSE", "ledger-entry", e.id.toString(), a.implementingAreaCode, e.valueDate, null, view);
        events.disbursed(a, line, e);
        return view;
    }

    private static ProblemException overAllocation(Allocation a, LedgerGuards.Refusal r) {
        return ProblemException.unprocessable("over-allocation", "More than the allocation has left",
                "Allocation " + a.id + " has " + r.left() + " đồng left (" + r.limit() + " assigned, " + r.used()
                        + " disbursed); " + r.asked() + " đồng were asked.");
    }
}

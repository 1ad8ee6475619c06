package vn.giamngheo.funding.ledger;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jboss.logging.Logger;

import vn.giamngheo.funding.access.AccessPolicy;
import vn.giamngheo.funding.domain.Allocation;
import vn.giamngheo.funding.domain.BudgetLine;
import vn.giamngheo.funding.domain.LedgerGuards;
import vn.giamngheo.funding.events.FundingEvents;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;

/**
 * Assigns capital from a budget line of an approved plan, with the line locked so that allocations racing for its
 * last đồng queue up and none takes more than the line has left.
 */
@ApplicationScoped
@Transactional
public class AllocateCapital {

    private static final Logger LOG = Logger.getLogger(AllocateCapital.class);

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

    public IdempotencyKeys.Result<AllocationView> allocate(String key,
            @Valid @NotNull(message = "an allocation is required") AllocationRequest request) {
        Movements.requireKey(key);
        // The permission first, on the line as it is: a replayed request is refused as the first one would be.
        Movements.scopeOfLine(request.planId(), request.lineKey())
                .ifPresent(scope -> access.require(AccessPolicy.Operation.ALLOCATE, scope.planUnitCode(), scope.year()));
        return idempotency.once(key, "allocations.create:" + request.planId() + ":" + request.lineKey(), request, 201,
                AllocationView.class, () -> record(request));
    }

    private AllocationView record(AllocationRequest request) {
        BudgetLine line = BudgetLine.locked(request.planId(), request.lineKey()).orElseThrow(() ->
                ProblemException.unprocessable("line-not-approved", "No approved budget line",
                        "Plan " + request.planId() + " has no approved budget line " + request.lineKey()
                                + ". Money is allocated only from lines of an approved plan; check the plan id"
                                + " and the line key (GET /api/v1/budget-lines?planId=…)."));
        access.require(AccessPolicy.Operation.ALLOCATE, line.planUnitCode, line.year);
        if (!AdministrativeUnits.get().isWithin(request.implementingAreaCode(), line.planUnitCode,
                request.decisionDate())) {
            throw ProblemException.invalidField("implementingAreaCode", "unit " + request.implementingAreaCode()
                    + " is not within the plan's unit " + line.planUnitCode + " on " + request.decisionDate());
        }
        LedgerGuards.Verdict verdict = LedgerGuards.withinLine(line.proposedVnd, line.allocatedVnd,
                request.amountVnd());
        if (!verdict.allowed()) {
            throw overLine(line, verdict.refusal());
        }
        Allocation a = newAllocation(line, request);
        a.persist();
        line.allocatedVnd = verdict.usedAfter();
        line.updatedAt = a.recordedAt;
        AllocationView view = views.allocation(a, line);
        audit.record("ALLOCATE", "allocation", a.id.toString(), a.implementingAreaCode, a.decisionDate, null, view);
        events.allocated(a, line);
        LOG.debugf("allocated %d from %s to %s", a.amountVnd, line.lineKey, a.implementingUnit);
        return view;
    }

    private Allocation newAllocation(BudgetLine line, AllocationRequest request) {
        Allocation a = new Allocation();
        a.id = UUID.randomUUID();
        a.planId = line.planId;
        a.lineKey = line.lineKey;
        a.implementingUnit = request.implementingUnit();
        a.implementingAreaCode = request.implementingAreaCode();
        a.year = line.year;
        a.amountVnd = request.amountVnd();
        a.decisionNumber = request.decisionNumber();
        a.decisionDate = request.decisionDate();
        a.recordedBy = caller.user();
        a.recordedAt = Movements.now();
        return a;
    }

    private static ProblemException overLine(BudgetLine line, LedgerGuards.Refusal r) {
        return ProblemException.unprocessable("over-line", "More than the line has left",
                "Line " + line.lineKey + " has " + r.left() + " đồng left to allocate (" + r.limit() + " proposed, "
                        + r.used() + " allocated); " + r.asked() + " đồng were asked.");
    }
}

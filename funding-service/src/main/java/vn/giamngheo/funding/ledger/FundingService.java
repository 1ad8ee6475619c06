package vn.giamngheo.funding.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jboss.logging.Logger;

import vn.giamngheo.funding.api.AllocationRequest;
import vn.giamngheo.funding.api.AllocationView;
import vn.giamngheo.funding.api.DisbursementRequest;
import vn.giamngheo.funding.api.LedgerEntryView;
import vn.giamngheo.funding.api.ReversalRequest;
import vn.giamngheo.funding.domain.Allocation;
import vn.giamngheo.funding.domain.BudgetLine;
import vn.giamngheo.funding.domain.LedgerEntry;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.Topics;
import vn.giamngheo.platform.events.payload.FundsMovement;
import vn.giamngheo.platform.outbox.Outbox;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;
import vn.giamngheo.platform.web.security.Roles;

/**
 * The finance office's writes: allocations within a line, payments within an allocation, reversals within a
 * payment. Each locks the row whose balance it spends, so that requests racing for the last đồng queue up and
 * none overspends; each is retried safely by its Idempotency-Key and audited in its own transaction.
 */
@ApplicationScoped
@Transactional
public class FundingService {

    private static final Logger LOG = Logger.getLogger(FundingService.class);

    @Inject
    Caller caller;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    FundingViews views;

    public IdempotencyKeys.Result<AllocationView> allocate(String key,
            @Valid @NotNull(message = "an allocation is required") AllocationRequest request) {
        requireKey(key);
        return idempotency.once(key, "allocations.create", request, 201, AllocationView.class, () -> {
            BudgetLine line = BudgetLine.locked(request.planId(), request.lineKey()).orElseThrow(() ->
                    ProblemException.unprocessable("line-not-approved", "No approved budget line",
                            "Plan " + request.planId() + " has no approved budget line " + request.lineKey()
                                    + ". Money is allocated only from lines of an approved plan; check the plan id"
                                    + " and the line key (GET /api/v1/budget-lines?planId=…)."));
            requireFinanceOfficer(line);
            if (!AdministrativeUnits.get().isWithin(request.implementingAreaCode(), line.planUnitCode,
                    request.decisionDate())) {
                throw ProblemException.invalidField("implementingAreaCode", "unit " + request.implementingAreaCode()
                        + " is not within the plan's unit " + line.planUnitCode + " on " + request.decisionDate());
            }
            if (request.amountVnd() > line.unallocatedVnd()) {
                throw ProblemException.unprocessable("over-line", "More than the line has left",
                        "Line " + line.lineKey + " has " + Math.max(0, line.unallocatedVnd()) + " đồng left to"
                                + " allocate (" + line.proposedVnd + " proposed, " + line.allocatedVnd
                                + " allocated); " + request.amountVnd() + " đồng were asked.");
            }
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
            a.recordedAt = now();
            a.persist();
            line.allocatedVnd += a.amountVnd;
            line.updatedAt = a.recordedAt;
            AllocationView view = views.allocation(a, line);
            audit.record("ALLOCATE", "allocation", a.id.toString(), a.implementingAreaCode, a.decisionDate, null, view);
            outbox.publish(Topics.FUNDING_EVENTS, "allocation", a.id.toString(), EventTypes.FUNDS_ALLOCATED,
                    movement(a, line, a.id, null, a.amountVnd, a.decisionDate, a.decisionNumber));
            LOG.debugf("allocated %d from %s to %s", a.amountVnd, line.lineKey, a.implementingUnit);
            return view;
        });
    }

    public IdempotencyKeys.Result<LedgerEntryView> disburse(String key, UUID allocationId,
            @Valid @NotNull(message = "a disbursement is required") DisbursementRequest request) {
        requireKey(key);
        return idempotency.once(key, "disbursements.create:" + allocationId, request, 201, LedgerEntryView.class,
                () -> {
                    Allocation a = lockedAllocation(allocationId);
                    BudgetLine line = views.line(a);
                    requireFinanceOfficer(line);
                    if (request.amountVnd() > a.remainingVnd()) {
                        throw ProblemException.unprocessable("over-allocation", "More than the allocation has left",
                                "Allocation " + a.id + " has " + a.remainingVnd() + " đồng left (" + a.amountVnd
                                        + " assigned, " + a.disbursedVnd + " disbursed); " + request.amountVnd()
                                        + " đồng were asked.");
                    }
                    LedgerEntry e = entry(a, LedgerEntry.Kind.DISBURSEMENT, request.amountVnd(), request.valueDate());
                    e.payee = request.payee();
                    e.paymentReference = request.paymentReference();
                    e.persist();
                    a.disbursedVnd += e.amountVnd;
                    LedgerEntryView view = views.entry(e, 0L);
                    audit.record("DISBURSE", "ledger-entry", e.id.toString(), a.implementingAreaCode, e.valueDate,
                            null, view);
                    outbox.publish(Topics.FUNDING_EVENTS, "allocation", a.id.toString(), EventTypes.FUNDS_DISBURSED,
                            movement(a, line, e.id, null, e.amountVnd, e.valueDate, null));
                    return view;
                });
    }

    public IdempotencyKeys.Result<LedgerEntryView> reverse(String key, UUID disbursementId,
            @Valid @NotNull(message = "a reversal is required") ReversalRequest request) {
        requireKey(key);
        return idempotency.once(key, "reversals.create:" + disbursementId, request, 201, LedgerEntryView.class, () -> {
            LedgerEntry original = LedgerEntry.<LedgerEntry>findByIdOptional(disbursementId).orElseThrow(() ->
                    ProblemException.notFound("There is no ledger entry " + disbursementId + "."));
            if (original.kind != LedgerEntry.Kind.DISBURSEMENT) {
                throw ProblemException.unprocessable("reversal-of-reversal", "A reversal cannot be reversed",
                        "Entry " + disbursementId + " is itself a reversal. To pay again, record a new"
                                + " disbursement.");
            }
            Allocation a = lockedAllocation(original.allocationId);
            BudgetLine line = views.line(a);
            requireFinanceOfficer(line);
            long reversible = original.amountVnd - LedgerEntry.reversedOf(original.id);
            if (request.amountVnd() > reversible) {
                throw ProblemException.unprocessable("over-reversal", "More than the payment has left",
                        "Payment " + original.id + " of " + original.amountVnd + " đồng has " + reversible
                                + " đồng left to reverse; " + request.amountVnd() + " đồng were asked.");
            }
            if (request.valueDate().isBefore(original.valueDate)) {
                throw ProblemException.invalidField("valueDate", "must not be before the payment's value date "
                        + original.valueDate);
            }
            LedgerEntry e = entry(a, LedgerEntry.Kind.REVERSAL, request.amountVnd(), request.valueDate());
            e.reversesEntryId = original.id;
            e.reason = request.reason();
            e.persist();
            a.disbursedVnd -= e.amountVnd;
            LedgerEntryView view = views.entry(e, null);
            audit.record("REVERSE", "ledger-entry", e.id.toString(), a.implementingAreaCode, e.valueDate, null, view);
            outbox.publish(Topics.FUNDING_EVENTS, "allocation", a.id.toString(), EventTypes.DISBURSEMENT_REVERSED,
                    movement(a, line, e.id, original.id, e.amountVnd, e.valueDate, null));
            return view;
        });
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw ProblemException.invalidField(IdempotencyKeys.HEADER, "is required for money movements: send a new"
                    + " UUID with each new request, and the same one when you retry it");
        }
    }

    private void requireFinanceOfficer(BudgetLine line) {
        if (!caller.roles().contains(Roles.FINANCE_OFFICER)) {
            throw ProblemException.forbidden("Allocations and payments are recorded by finance officers.");
        }
        caller.requireArea(line.planUnitCode, LocalDate.of(line.year, 1, 1));
    }

    private static Allocation lockedAllocation(UUID id) {
        return Allocation.locked(id).orElseThrow(() -> ProblemException.notFound("There is no allocation " + id
                + "."));
    }

    private LedgerEntry entry(Allocation a, LedgerEntry.Kind kind, long amount, LocalDate valueDate) {
        LedgerEntry e = new LedgerEntry();
        e.id = UUID.randomUUID();
        e.allocationId = a.id;
        e.kind = kind;
        e.amountVnd = amount;
        e.valueDate = valueDate;
        e.recordedBy = caller.user();
        e.recordedAt = now();
        return e;
    }

    private static FundsMovement movement(Allocation a, BudgetLine line, UUID entryId, UUID reversed, long amount,
            LocalDate valueDate, String decision) {
        return new FundsMovement(entryId, a.id, reversed, line.planId, line.planVersion, line.planUnitCode,
                line.lineKey, line.projectCode, line.subProjectCode, line.fundType, line.fundSource,
                a.implementingUnit, a.implementingAreaCode, a.year, amount, valueDate, decision);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

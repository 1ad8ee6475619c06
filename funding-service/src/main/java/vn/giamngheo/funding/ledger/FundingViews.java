package vn.giamngheo.funding.ledger;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import vn.giamngheo.funding.domain.Allocation;
import vn.giamngheo.funding.domain.BudgetLine;
import vn.giamngheo.funding.domain.LedgerEntry;
import vn.giamngheo.funding.domain.Ratio;

/** Turns allocations, ledger entries and lines into the results the use cases answer with. */
@ApplicationScoped
public class FundingViews {

    AllocationView allocation(Allocation a, BudgetLine line) {
        List<LedgerEntry> entries = LedgerEntry.ofAllocation(a.id);
        List<LedgerEntryView> ledger = entries.stream()
                .map(e -> entry(e, e.kind == LedgerEntry.Kind.DISBURSEMENT ? entries.stream()
                        .filter(r -> e.id.equals(r.reversesEntryId)).mapToLong(r -> r.amountVnd).sum() : null))
                .toList();
        return new AllocationView(a.id, a.planId, a.lineKey, line.projectCode, line.subProjectCode, line.fundType,
                line.fundSource, line.planUnitCode, a.implementingUnit, a.implementingAreaCode, a.year, a.amountVnd,
                a.disbursedVnd, a.remainingVnd(), Ratio.of(a.disbursedVnd, a.amountVnd), a.decisionNumber,
                a.decisionDate, a.recordedBy, a.recordedAt, ledger);
    }

    LedgerEntryView entry(LedgerEntry e, Long reversed) {
        return new LedgerEntryView(e.id, e.allocationId, e.kind, e.amountVnd, e.valueDate, e.payee, e.paymentReference,
                e.reversesEntryId, e.reason, reversed, e.recordedBy, e.recordedAt);
    }

    BudgetLineView line(BudgetLine l, List<Allocation> allocations) {
        long disbursed = allocations.stream().mapToLong(a -> a.disbursedVnd).sum();
        return new BudgetLineView(l.planId, l.lineKey, l.planUnitCode, l.year, l.planVersion, l.projectCode,
                l.subProjectCode, l.fundType, l.fundSource, l.proposedVnd, l.allocatedVnd, disbursed,
                Math.max(0, l.unallocatedVnd()), Math.max(0, -l.unallocatedVnd()));
    }
}

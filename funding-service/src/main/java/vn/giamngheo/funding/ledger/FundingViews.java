package vn.giamngheo.funding.ledger;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import vn.giamngheo.funding.api.AllocationView;
import vn.giamngheo.funding.api.LedgerEntryView;
import vn.giamngheo.funding.domain.Allocation;
import vn.giamngheo.funding.domain.BudgetLine;
import vn.giamngheo.funding.domain.LedgerEntry;
import vn.giamngheo.funding.domain.Ratio;

/** Maps allocations and ledger entries to what the API answers. */
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

    BudgetLine line(Allocation a) {
        return BudgetLine.<BudgetLine>find("planId = ?1 and lineKey = ?2", a.planId, a.lineKey).firstResult();
    }
}

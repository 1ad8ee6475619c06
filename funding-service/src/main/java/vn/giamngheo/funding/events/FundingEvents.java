package vn.giamngheo.funding.events;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.giamngheo.funding.domain.Allocation;
import vn.giamngheo.funding.domain.BudgetLine;
import vn.giamngheo.funding.domain.LedgerEntry;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.Topics;
import vn.giamngheo.platform.events.payload.FundsMovement;
import vn.giamngheo.platform.outbox.Outbox;

/**
 * Tells the other services of each money movement through the outbox, keyed by the allocation so that its
 * movements stay in order; in the movement's own transaction, so the event commits with it or not at all.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FundingEvents {

    @Inject
    Outbox outbox;

    public void allocated(Allocation a, BudgetLine line) {
        publish(EventTypes.FUNDS_ALLOCATED, a, movement(a, line, a.id, null, a.amountVnd, a.decisionDate,
                a.decisionNumber));
    }

    public void disbursed(Allocation a, BudgetLine line, LedgerEntry payment) {
        publish(EventTypes.FUNDS_DISBURSED, a, movement(a, line, payment.id, null, payment.amountVnd,
                payment.valueDate, null));
    }

    public void reversed(Allocation a, BudgetLine line, LedgerEntry reversal) {
        publish(EventTypes.DISBURSEMENT_REVERSED, a, movement(a, line, reversal.id, reversal.reversesEntryId,
                reversal.amountVnd, reversal.valueDate, null));
    }

    private void publish(String type, Allocation a, FundsMovement movement) {
        outbox.publish(Topics.FUNDING_EVENTS, "allocation", a.id.toString(), type, movement);
    }

    private static FundsMovement movement(Allocation a, BudgetLine line, UUID entryId, UUID reversed, long amount,
            LocalDate valueDate, String decision) {
        return new FundsMovement(entryId, a.id, reversed, line.planId, line.planVersion, line.planUnitCode,
                line.lineKey, line.projectCode, line.subProjectCode, line.fundType, line.fundSource,
                a.implementingUnit, a.implementingAreaCode, a.year, amount, valueDate, decision);
    }
}

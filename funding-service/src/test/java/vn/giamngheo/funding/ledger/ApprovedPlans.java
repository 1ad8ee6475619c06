package vn.giamngheo.funding.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;
import vn.giamngheo.platform.events.payload.PlanApproved;
import vn.giamngheo.platform.events.testing.EventPublisher;

/** Approved plans as plan-service publishes them, for the funding tests. */
final class ApprovedPlans {

    /**
     * plan-service refuses an approval dated in the future, and the test years (2031 on) lie ahead: the approval is
     * dated on a fixed past day, as plan-service's own tests date theirs.
     */
    private static final LocalDate APPROVAL_DATE = LocalDate.of(2022, 12, 20);

    private ApprovedPlans() {
    }

    static PlanApproved plan(UUID planId, String unit, int year, int version, long... amounts) {
        List<PlanApproved.BudgetLine> lines = List.of(
                new PlanApproved.BudgetLine("DA1.TDA1.INVESTMENT.UNSPECIFIED", "DA1", "TDA1", FundType.INVESTMENT,
                        FundSource.UNSPECIFIED, amounts[0]),
                new PlanApproved.BudgetLine("DA1.TDA1.RECURRENT.UNSPECIFIED", "DA1", "TDA1", FundType.RECURRENT,
                        FundSource.UNSPECIFIED, amounts[1]),
                new PlanApproved.BudgetLine("DA2.UNSPECIFIED.UNSPECIFIED", "DA2", null, FundType.UNSPECIFIED,
                        FundSource.UNSPECIFIED, amounts[2]));
        return new PlanApproved(planId, PlanApproved.planKey(unit, year), version, version == 1 ? null : version - 1,
                version == 1 ? null : "Điều chỉnh", unit, year, null, null, APPROVAL_DATE,
                "district-chair-" + unit, List.of(), List.of(), lines);
    }

    static void publish(String bootstrap, PlanApproved plan) {
        try (EventPublisher publisher = new EventPublisher(bootstrap)) {
            publisher.send("test.plan-events", plan.planKey(), EventPublisher.envelope(UUID.randomUUID(),
                    "/giamngheo/plan-service", plan.version() == 1 ? EventTypes.PLAN_APPROVED : EventTypes.PLAN_REVISED,
                    plan.planKey() + "/" + plan.planId(), plan.version(), plan));
        }
    }
}

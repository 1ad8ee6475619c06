package vn.giamngheo.funding.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.giamngheo.funding.domain.BudgetLine;
import vn.giamngheo.funding.domain.LedgerGuards;
import vn.giamngheo.funding.domain.LineRevisionConflict;
import vn.giamngheo.platform.events.payload.PlanApproved;

/**
 * Learns budget lines from an approved plan version: a revision replaces each line's amount, and where it lowers a
 * line below what is already allocated the new amount stands (it is the approved plan) and the conflict is recorded
 * for the finance office, so that no more is allocated from the line until it is resolved.
 */
@ApplicationScoped
public class LearnPlanLines {

    private static final Logger LOG = Logger.getLogger(LearnPlanLines.class);

    /** In the inbox's transaction, so that the lines learnt and the event recorded as applied commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void learn(PlanApproved plan) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, BudgetLine> known = new HashMap<>();
        BudgetLine.ofPlan(plan.planId()).forEach(l -> known.put(l.lineKey, l));
        if (known.values().stream().anyMatch(l -> l.planVersion >= plan.version())) {
            LOG.debugf("plan %s version %d already known", plan.planId(), plan.version());
            return;
        }
        Set<String> stated = new HashSet<>();
        for (PlanApproved.BudgetLine l : plan.budgetLines()) {
            stated.add(l.lineKey());
            BudgetLine line = known.get(l.lineKey());
            boolean isNew = line == null;
            if (isNew) {
                line = new BudgetLine();
                line.planId = plan.planId();
                line.lineKey = l.lineKey();
                line.allocatedVnd = 0;
            }
            revise(line, plan, l.amountVnd(), now);
            line.projectCode = l.projectCode();
            line.subProjectCode = l.subProjectCode();
            line.fundType = l.fundType();
            line.fundSource = l.fundSource();
            if (isNew) {
                line.persist();
            }
        }
        // A line the revision no longer has is a line of 0 đồng: what was allocated from it must be resolved.
        known.values().stream().filter(l -> !stated.contains(l.lineKey)).forEach(l -> revise(l, plan, 0, now));
    }

    private static void revise(BudgetLine line, PlanApproved plan, long amount, OffsetDateTime now) {
        // A line is learnt once it has a plan key: a line new to this version has nothing allocated to conflict with.
        if (LedgerGuards.revisionConflicts(line.planKey != null, amount, line.allocatedVnd)) {
            LineRevisionConflict.of(plan.planId(), line.lineKey, plan.version(), line.proposedVnd, amount,
                    line.allocatedVnd, now).persist();
            LOG.warnf("revision %d of plan %s lowers line %s to %d đồng, below the %d already allocated",
                    plan.version(), plan.planId(), line.lineKey, amount, line.allocatedVnd);
        }
        line.planKey = plan.planKey();
        line.planUnitCode = plan.unitCode();
        line.year = plan.year();
        line.planVersion = plan.version();
        line.proposedVnd = amount;
        line.updatedAt = now;
    }
}

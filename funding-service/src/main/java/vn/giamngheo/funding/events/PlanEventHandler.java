package vn.giamngheo.funding.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.funding.domain.BudgetLine;
import vn.giamngheo.funding.domain.LineRevisionConflict;
import vn.giamngheo.platform.events.EventEnvelope;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.payload.PlanApproved;
import vn.giamngheo.platform.inbox.PoisonEventException;

/**
 * Learns budget lines from approved plan versions. A revision replaces each line's amount; where it lowers a line
 * below what is already allocated, the new amount stands (it is the approved plan) and the conflict is recorded
 * for the finance office, and no more can be allocated from the line until it is resolved.
 */
@ApplicationScoped
public class PlanEventHandler {

    private static final Logger LOG = Logger.getLogger(PlanEventHandler.class);

    @Inject
    ObjectMapper mapper;

    public void apply(EventEnvelope event) {
        switch (event.type()) {
            case EventTypes.PLAN_APPROVED, EventTypes.PLAN_REVISED -> learn(read(event));
            case EventTypes.PLAN_PROGRESS_REPORTED -> LOG.tracef("progress of %s: no money moves", event.subject());
            default -> throw new PoisonEventException("funding-service does not know event type " + event.type());
        }
    }

    private PlanApproved read(EventEnvelope event) {
        try {
            return mapper.treeToValue(event.data(), PlanApproved.class);
        } catch (Exception e) {
            throw new PoisonEventException("unreadable " + event.type() + ": " + e.getMessage(), e);
        }
    }

    private void learn(PlanApproved plan) {
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
        if (line.planKey != null && amount < line.allocatedVnd) {
            LineRevisionConflict c = new LineRevisionConflict();
            c.id = UUID.randomUUID();
            c.planId = plan.planId();
            c.lineKey = line.lineKey;
            c.planVersion = plan.version();
            c.previousVnd = line.proposedVnd;
            c.revisedVnd = amount;
            c.allocatedVnd = line.allocatedVnd;
            c.detectedAt = now;
            c.persist();
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

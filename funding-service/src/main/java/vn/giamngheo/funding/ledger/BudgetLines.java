package vn.giamngheo.funding.ledger;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.giamngheo.funding.access.AccessPolicy;
import vn.giamngheo.funding.domain.BudgetLine;
import vn.giamngheo.funding.domain.LineRevisionConflict;
import vn.giamngheo.platform.web.security.Caller;

/** Lists the approved budget lines with their money, and the revisions that left lines below their allocations. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BudgetLines {

    @Inject
    Caller caller;

    @Inject
    AccessPolicy access;

    @Inject
    FundingViews views;

    /** The lines of one plan, or of the plans of an area (default the caller's) and year. */
    public List<BudgetLineView> lines(UUID planId, String area, Integer year) {
        List<BudgetLine> lines = planId != null ? BudgetLine.ofPlan(planId)
                : BudgetLine.within(area == null ? caller.area() : area, year);
        lines.forEach(l -> access.require(AccessPolicy.Operation.READ_LINES, l.planUnitCode, l.year));
        LineAllocations allocations = LineAllocations.of(lines);
        return lines.stream().map(l -> views.line(l, allocations.of(l))).toList();
    }

    public List<LineRevisionConflict> conflicts(UUID planId) {
        BudgetLine.ofPlan(planId).stream().findFirst()
                .ifPresent(l -> access.require(AccessPolicy.Operation.READ_CONFLICTS, l.planUnitCode, l.year));
        return LineRevisionConflict.ofPlan(planId);
    }
}

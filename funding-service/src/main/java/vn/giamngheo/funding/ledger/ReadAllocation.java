package vn.giamngheo.funding.ledger;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.giamngheo.funding.access.AccessPolicy;
import vn.giamngheo.funding.domain.Allocation;
import vn.giamngheo.funding.domain.BudgetLine;
import vn.giamngheo.platform.web.problem.ProblemException;

/** Reads an allocation with its line, its balance and its ledger, for those the plan's area concerns. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadAllocation {

    @Inject
    AccessPolicy access;

    @Inject
    FundingViews views;

    public AllocationView read(UUID id) {
        Allocation a = Allocation.<Allocation>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("There is no allocation " + id + "."));
        BudgetLine line = BudgetLine.of(a.planId, a.lineKey);
        access.require(AccessPolicy.Operation.READ_ALLOCATION, line.planUnitCode, line.year);
        return views.allocation(a, line);
    }
}

package vn.giamngheo.plan.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.giamngheo.plan.access.AccessPolicy;
import vn.giamngheo.plan.access.AccessPolicy.Operation;
import vn.giamngheo.plan.domain.Plan;
import vn.giamngheo.plan.view.PlanPage;
import vn.giamngheo.plan.view.PlanSummary;
import vn.giamngheo.plan.view.PlanVersionView;
import vn.giamngheo.plan.view.PlanViews;
import vn.giamngheo.platform.refdata.AdministrativeUnits;

/** Plans and their versions as their readers see them: those of their area, and those their area lies within. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanQueries {

    @Inject
    AccessPolicy access;

    @Inject
    PlanStore store;

    @Inject
    PlanViews views;

    public PlanSummary get(UUID planId) {
        Plan plan = store.plan(planId);
        access.require(Operation.READ, plan.unitCode, plan.year);
        return views.summary(plan);
    }

    public PlanVersionView getVersion(UUID planId, int number) {
        Plan plan = store.plan(planId);
        access.require(Operation.READ, plan.unitCode, plan.year);
        return views.of(plan, PlanStore.version(plan, number));
    }

    /**
     * The plans of the area (default the caller's own) and of the units within it, a page of them. The area is
     * judged on each plan's own year, so the page is cut after filtering (the hierarchy is reference data, not SQL).
     */
    public PlanPage list(String area, Integer year, int page, int size) {
        access.require(Operation.LIST, area, year == null ? LocalDate.now() : LocalDate.of(year, 1, 1));
        String scope = access.areaOf(area);
        boolean everything = access.seesEverything(area);
        List<Plan> visible = Plan.ofYear(year).stream()
                .filter(p -> everything || AdministrativeUnits.get().isWithin(p.unitCode, scope, PlanStore.firstDay(p)))
                .toList();
        List<PlanSummary> items = visible.stream().skip((long) page * size).limit(size).map(views::summary).toList();
        return new PlanPage(page, size, visible.size(), items);
    }
}

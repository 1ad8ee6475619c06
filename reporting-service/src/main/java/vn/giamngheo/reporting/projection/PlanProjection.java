package vn.giamngheo.reporting.projection;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.platform.events.EventEnvelope;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.payload.PlanApproved;
import vn.giamngheo.platform.events.payload.PlanProgressReported;
import vn.giamngheo.platform.inbox.PoisonEventException;

/**
 * Keeps each plan's targets, output indicators and proposed budget lines as its latest approved version states
 * them, and the progress reported against its indicators.
 */
@ApplicationScoped
public class PlanProjection {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    public void apply(EventEnvelope event) {
        switch (event.type()) {
            case EventTypes.PLAN_APPROVED, EventTypes.PLAN_REVISED -> approved(read(event, PlanApproved.class));
            case EventTypes.PLAN_PROGRESS_REPORTED -> progress(read(event, PlanProgressReported.class));
            default -> throw new PoisonEventException("reporting-service does not know event type " + event.type());
        }
    }

    private void approved(PlanApproved p) {
        em.createNativeQuery("DELETE FROM plan_target WHERE plan_id = :plan").setParameter("plan", p.planId())
                .executeUpdate();
        List<PlanApproved.Target> targets = p.targets();
        for (int i = 0; i < targets.size(); i++) {
            PlanApproved.Target t = targets.get(i);
            em.createNativeQuery("""
                    INSERT INTO plan_target (plan_id, unit_code, year, plan_version, position, kind, population_group,
                        points, households, percent, description)
                    VALUES (:plan, :unit, :year, :version, :pos, :kind, :group, :points, :count, :percent, :text)""")
                    .setParameter("plan", p.planId()).setParameter("unit", p.unitCode()).setParameter("year", p.year())
                    .setParameter("version", p.version()).setParameter("pos", i).setParameter("kind", t.kind().name())
                    .setParameter("group", t.populationGroup().name()).setParameter("points", t.points())
                    .setParameter("count", t.count()).setParameter("percent", t.percent())
                    .setParameter("text", t.description())
                    .executeUpdate();
        }
        for (PlanApproved.OutputIndicator i : p.outputIndicators()) {
            em.createNativeQuery("""
                    INSERT INTO plan_indicator (plan_id, indicator_key, unit_code, year, project_code, sub_project_code,
                        description, unit, target, approximate)
                    VALUES (:plan, :key, :unit, :year, :project, :sub, :text, :measure, :target, :approx)
                    ON CONFLICT (plan_id, indicator_key) DO UPDATE SET description = EXCLUDED.description,
                        unit = EXCLUDED.unit, target = EXCLUDED.target, approximate = EXCLUDED.approximate""")
                    .setParameter("plan", p.planId()).setParameter("key", i.key()).setParameter("unit", p.unitCode())
                    .setParameter("year", p.year()).setParameter("project", i.projectCode())
                    .setParameter("sub", i.subProjectCode()).setParameter("text", i.description())
                    .setParameter("measure", i.unit()).setParameter("target", i.quantity())
                    .setParameter("approx", i.approximate())
                    .executeUpdate();
        }
        // A line a revision drops proposes nothing any more; what was assigned and paid from it stays.
        em.createNativeQuery("UPDATE line_money SET proposed_vnd = 0, plan_version = :version WHERE plan_id = :plan")
                .setParameter("plan", p.planId()).setParameter("version", p.version()).executeUpdate();
        for (PlanApproved.BudgetLine l : p.budgetLines()) {
            em.createNativeQuery("""
                    INSERT INTO line_money (plan_id, line_key, unit_code, year, plan_version, project_code,
                        sub_project_code, fund_type, proposed_vnd)
                    VALUES (:plan, :key, :unit, :year, :version, :project, :sub, :type, :amount)
                    ON CONFLICT (plan_id, line_key) DO UPDATE SET proposed_vnd = EXCLUDED.proposed_vnd,
                        plan_version = EXCLUDED.plan_version""")
                    .setParameter("plan", p.planId()).setParameter("key", l.lineKey()).setParameter("unit", p.unitCode())
                    .setParameter("year", p.year()).setParameter("version", p.version())
                    .setParameter("project", l.projectCode()).setParameter("sub", l.subProjectCode())
                    .setParameter("type", l.fundType().name()).setParameter("amount", l.amountVnd())
                    .executeUpdate();
        }
    }

    private void progress(PlanProgressReported p) {
        for (PlanProgressReported.IndicatorProgress i : p.indicators()) {
            em.createNativeQuery("UPDATE plan_indicator SET achieved = :achieved WHERE plan_id = :plan AND indicator_key = :key")
                    .setParameter("achieved", i.achieved()).setParameter("plan", p.planId())
                    .setParameter("key", i.key()).executeUpdate();
        }
    }

    private <T> T read(EventEnvelope event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (Exception e) {
            throw new PoisonEventException("unreadable " + event.type() + ": " + e.getMessage(), e);
        }
    }
}

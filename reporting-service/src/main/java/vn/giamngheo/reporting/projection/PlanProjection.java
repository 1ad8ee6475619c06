package vn.giamngheo.reporting.projection;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.platform.events.EventEnvelope;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.payload.PlanApproved;
import vn.giamngheo.platform.inbox.PoisonEventException;

/** Keeps each plan's targets and proposed budget lines as its latest approved version states them. */
@ApplicationScoped
public class PlanProjection {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    public void apply(EventEnvelope event) {
        switch (event.type()) {
            case EventTypes.PLAN_APPROVED, EventTypes.PLAN_REVISED -> approved(read(event));
            // Output indicators against progress are a later part of the reports.
            case EventTypes.PLAN_PROGRESS_REPORTED -> {
            }
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

    private PlanApproved read(EventEnvelope event) {
        try {
            return mapper.treeToValue(event.data(), PlanApproved.class);
        } catch (Exception e) {
            throw new PoisonEventException("unreadable " + event.type() + ": " + e.getMessage(), e);
        }
    }
}

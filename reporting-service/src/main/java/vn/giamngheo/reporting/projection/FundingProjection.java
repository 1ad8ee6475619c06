package vn.giamngheo.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.platform.events.EventEnvelope;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.payload.FundsMovement;
import vn.giamngheo.platform.inbox.PoisonEventException;

/**
 * Adds allocations to the assigned money of their line and payments (less reversals) to its disbursed money, both
 * by line and by the commune or agency that spends it.
 * Funding events may arrive before the plan's: the line's row is made by whichever comes first.
 */
@ApplicationScoped
public class FundingProjection {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    public void apply(EventEnvelope event) {
        FundsMovement m = read(event);
        long assigned = 0;
        long disbursed = 0;
        switch (event.type()) {
            case EventTypes.FUNDS_ALLOCATED -> assigned = m.amountVnd();
            case EventTypes.FUNDS_DISBURSED -> disbursed = m.amountVnd();
            case EventTypes.DISBURSEMENT_REVERSED -> disbursed = -m.amountVnd();
            default -> throw new PoisonEventException("reporting-service does not know event type " + event.type());
        }
        em.createNativeQuery("""
                INSERT INTO line_money (plan_id, line_key, unit_code, year, plan_version, project_code, sub_project_code,
                    fund_type, assigned_vnd, disbursed_vnd)
                VALUES (:plan, :key, :unit, :year, :version, :project, :sub, :type, :assigned, :disbursed)
                ON CONFLICT (plan_id, line_key) DO UPDATE SET
                    assigned_vnd = line_money.assigned_vnd + EXCLUDED.assigned_vnd,
                    disbursed_vnd = line_money.disbursed_vnd + EXCLUDED.disbursed_vnd""")
                .setParameter("plan", m.planId()).setParameter("key", m.lineKey()).setParameter("unit", m.planUnitCode())
                .setParameter("year", m.year()).setParameter("version", m.planVersion())
                .setParameter("project", m.projectCode()).setParameter("sub", m.subProjectCode())
                .setParameter("type", m.fundType().name()).setParameter("assigned", assigned)
                .setParameter("disbursed", disbursed)
                .executeUpdate();
        em.createNativeQuery("""
                INSERT INTO implementer_money (plan_id, line_key, area_code, plan_unit_code, year, fund_type,
                    assigned_vnd, disbursed_vnd)
                VALUES (:plan, :key, :area, :unit, :year, :type, :assigned, :disbursed)
                ON CONFLICT (plan_id, line_key, area_code) DO UPDATE SET
                    assigned_vnd = implementer_money.assigned_vnd + EXCLUDED.assigned_vnd,
                    disbursed_vnd = implementer_money.disbursed_vnd + EXCLUDED.disbursed_vnd""")
                .setParameter("plan", m.planId()).setParameter("key", m.lineKey())
                .setParameter("area", m.implementingAreaCode()).setParameter("unit", m.planUnitCode())
                .setParameter("year", m.year()).setParameter("type", m.fundType().name())
                .setParameter("assigned", assigned).setParameter("disbursed", disbursed)
                .executeUpdate();
    }

    private FundsMovement read(EventEnvelope event) {
        try {
            return mapper.treeToValue(event.data(), FundsMovement.class);
        } catch (Exception e) {
            throw new PoisonEventException("unreadable " + event.type() + ": " + e.getMessage(), e);
        }
    }
}

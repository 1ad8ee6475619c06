package vn.giamngheo.plan.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.giamngheo.plan.domain.Plan;
import vn.giamngheo.plan.domain.PlanDocument;
import vn.giamngheo.plan.domain.PlanVersion;
import vn.giamngheo.plan.view.PlanLines;
import vn.giamngheo.platform.events.payload.PlanApproved;
import vn.giamngheo.platform.events.payload.PlanProgressReported;

/** The plan's events as contracted in platform-events: a full snapshot of each approved version. */
final class PlanEvents {

    private PlanEvents() {
    }

    static PlanApproved approved(Plan plan, PlanVersion version, PlanDocument doc, Integer previousVersion) {
        List<PlanApproved.Target> targets = doc.targetList().stream()
                .map(t -> new PlanApproved.Target(t.kind(), t.populationGroup(), t.points(), t.count(), t.percent(),
                        t.description()))
                .toList();
        List<PlanApproved.BudgetLine> lines = PlanLines.of(doc).stream()
                .map(l -> new PlanApproved.BudgetLine(l.lineKey(), l.projectCode(), l.subProjectCode(), l.fundType(),
                        l.fundSource(), l.amountVnd()))
                .toList();
        return new PlanApproved(plan.id, PlanApproved.planKey(plan.unitCode, plan.year), version.version,
                previousVersion, previousVersion == null ? null : version.revisionReason, plan.unitCode, plan.year,
                doc.document() == null ? null : doc.document().number(),
                doc.document() == null ? null : doc.document().date(), version.approvalDate, version.approvedBy,
                targets, PlanLines.indicators(doc), lines);
    }

    static PlanProgressReported progress(Plan plan, LocalDate asOf, Map<String, BigDecimal> achieved) {
        List<PlanProgressReported.IndicatorProgress> indicators = achieved.entrySet().stream()
                .map(e -> new PlanProgressReported.IndicatorProgress(e.getKey(), e.getValue())).toList();
        return new PlanProgressReported(plan.id, PlanApproved.planKey(plan.unitCode, plan.year), plan.approvedVersion,
                plan.unitCode, plan.year, asOf, indicators);
    }
}

package vn.giamngheo.plan.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import vn.giamngheo.plan.domain.Finding;
import vn.giamngheo.plan.domain.Plan;
import vn.giamngheo.plan.domain.PlanBudgetLine;
import vn.giamngheo.plan.domain.PlanDocument;
import vn.giamngheo.plan.domain.PlanStatus;
import vn.giamngheo.plan.domain.PlanVersion;
import vn.giamngheo.plan.view.PlanLines;
import vn.giamngheo.plan.view.PlanVersionView;
import vn.giamngheo.plan.view.PlanViews;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;

/**
 * Plans and their versions as the use cases load and store them, within the caller's transaction: a missing one
 * is a 404, a lost update a conflict, and every change of a version is audited with its state before and after.
 */
@ApplicationScoped
public class PlanStore {

    @Inject
    Caller caller;

    @Inject
    PlanViews views;

    @Inject
    AuditTrail audit;

    Plan plan(UUID planId) {
        return Plan.<Plan>findByIdOptional(planId)
                .orElseThrow(() -> ProblemException.notFound("There is no plan with id " + planId + "."));
    }

    static PlanVersion version(Plan plan, int number) {
        return PlanVersion.of(plan.id, number).orElseThrow(() -> ProblemException.notFound("Plan " + plan.id
                + " has no version " + number + "; its latest is " + plan.latestVersion + "."));
    }

    /** A new draft version of the plan, stored with its budget lines. */
    PlanVersion newVersion(Plan plan, int number, PlanDocument doc, List<Finding> findings, String reason) {
        PlanVersion v = new PlanVersion();
        v.id = UUID.randomUUID();
        v.planId = plan.id;
        v.version = number;
        v.status = PlanStatus.DRAFT;
        views.write(v, doc, findings);
        v.revisionReason = reason;
        v.createdAt = now();
        v.createdBy = caller.user();
        v.updatedAt = v.createdAt;
        v.updatedBy = v.createdBy;
        v.persist();
        storeLines(v, doc);
        return v;
    }

    /** The draft's document replaced, with its findings and budget lines. */
    void replaceDocument(PlanVersion version, PlanDocument doc, List<Finding> findings) {
        views.write(version, doc, findings);
        touch(version);
        PlanBudgetLine.delete("planVersionId", version.id);
        flush();
        storeLines(version, doc);
    }

    /** Who changed the version last, and when. */
    void touch(PlanVersion version) {
        version.updatedAt = now();
        version.updatedBy = caller.user();
    }

    /** The state an audit entry records before a change. */
    Object auditState(PlanVersion version) {
        return views.auditState(version);
    }

    /** Records the change of a version, with its state before ({@code null} for a new one) and now. */
    void audited(String action, Plan plan, PlanVersion version, Object before) {
        audit.record(action, "plan-version", version.id.toString(), plan.unitCode, firstDay(plan), before,
                views.auditState(version));
    }

    private static void storeLines(PlanVersion version, PlanDocument doc) {
        for (PlanVersionView.Line l : PlanLines.of(doc)) {
            PlanBudgetLine line = new PlanBudgetLine();
            line.planVersionId = version.id;
            line.lineKey = l.lineKey();
            line.projectCode = l.projectCode();
            line.subProjectCode = l.subProjectCode();
            line.fundType = l.fundType();
            line.fundSource = l.fundSource();
            line.amountVnd = l.amountVnd();
            line.persist();
        }
    }

    /** Writes now, so that a concurrent change of the same version is refused as a conflict rather than lost. */
    static void flush() {
        try {
            Plan.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("Someone changed this plan version at the same moment; read it again"
                    + " and redo your change.");
        }
    }

    /** The plan's units and their hierarchy are those of 1 January of its year. */
    static LocalDate firstDay(Plan plan) {
        return LocalDate.of(plan.year, 1, 1);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

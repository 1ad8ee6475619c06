package vn.giamngheo.plan.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jboss.logging.Logger;

import vn.giamngheo.plan.access.AccessPolicy;
import vn.giamngheo.plan.access.AccessPolicy.Operation;
import vn.giamngheo.plan.domain.Finding;
import vn.giamngheo.plan.domain.Plan;
import vn.giamngheo.plan.domain.PlanDocument;
import vn.giamngheo.plan.domain.PlanVersion;
import vn.giamngheo.plan.view.PlanVersionView;
import vn.giamngheo.plan.view.PlanViews;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;

/** Imports a unit's plan document as version 1 of its plan for the year, a draft, with what validation found. */
@ApplicationScoped
@Transactional
public class PlanImportService {

    private static final Logger LOG = Logger.getLogger(PlanImportService.class);

    @Inject
    Caller caller;

    @Inject
    AccessPolicy access;

    @Inject
    PlanStore store;

    @Inject
    PlanViews views;

    @Inject
    IdempotencyKeys idempotency;

    /** Imports a plan document as version 1, a draft; with {@code dryRun}, only says what would be stored. */
    public IdempotencyKeys.Result<PlanVersionView> importPlan(String key,
            @Valid @NotNull(message = "a plan document is required") PlanDocument doc, boolean dryRun) {
        PlanDocuments.requireKnownUnit(doc);
        access.require(Operation.IMPORT, doc.unitCode(), doc.year());
        PlanDocuments.requireStructure(doc);
        List<Finding> findings = PlanDocuments.findings(doc);
        if (dryRun) {
            return new IdempotencyKeys.Result<>(200, views.preview(doc, findings), false);
        }
        return idempotency.once(key, "plans.import", doc, 201, PlanVersionView.class, () -> store(doc, findings));
    }

    private PlanVersionView store(PlanDocument doc, List<Finding> findings) {
        Plan.forUnitAndYear(doc.unitCode(), doc.year()).ifPresent(existing -> {
            throw ProblemException.conflict("Unit " + doc.unitCode() + " already has a plan for " + doc.year()
                    + " (id " + existing.id + ", version " + existing.latestVersion + "). Edit its draft, or"
                    + " start a revision of its approved version.");
        });
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.unitCode = doc.unitCode();
        plan.year = doc.year();
        plan.latestVersion = 1;
        plan.createdAt = PlanStore.now();
        plan.createdBy = caller.user();
        plan.persist();
        PlanVersion version = store.newVersion(plan, 1, doc, findings, null);
        PlanStore.flush();
        store.audited("IMPORT", plan, version, null);
        LOG.debugf("imported plan %s:%d with %d findings", plan.unitCode, plan.year, findings.size());
        return views.of(plan, version);
    }
}

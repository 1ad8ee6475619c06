package vn.giamngheo.plan.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.giamngheo.plan.access.AccessPolicy;
import vn.giamngheo.plan.access.AccessPolicy.Operation;
import vn.giamngheo.plan.domain.IndicatorProgress;
import vn.giamngheo.plan.domain.Plan;
import vn.giamngheo.plan.domain.ProgressReporting;
import vn.giamngheo.plan.view.PlanLines;
import vn.giamngheo.plan.view.PlanViews;
import vn.giamngheo.plan.view.ProgressView;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.Topics;
import vn.giamngheo.platform.events.payload.PlanApproved;
import vn.giamngheo.platform.outbox.Outbox;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;

/**
 * Work done against the output indicators of an approved plan: each report is kept, audited, and published with
 * every indicator's total so far.
 */
@ApplicationScoped
@Transactional
public class PlanProgressService {

    @Inject
    Caller caller;

    @Inject
    AccessPolicy access;

    @Inject
    PlanStore store;

    @Inject
    PlanViews views;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    IdempotencyKeys idempotency;

    /** Records one report against an indicator of the approved plan; the answer shows every indicator so far. */
    public IdempotencyKeys.Result<ProgressView> reportProgress(String key, UUID planId,
            @Valid @NotNull(message = "a progress report is required") ProgressRequest request) {
        Plan plan = store.plan(planId);
        access.require(Operation.REPORT_PROGRESS, plan.unitCode, plan.year);
        List<String> keys = plan.approvedVersion == null ? List.of() : indicatorKeys(plan);
        ProgressReporting.refusal(plan.approvedVersion != null, request.reportedOn(), LocalDate.now(), keys,
                request.indicatorKey()).ifPresent(refusal -> {
                    throw switch (refusal) {
                        case NO_APPROVED_VERSION -> ProblemException.conflict("The plan has no approved version yet:"
                                + " progress is reported against an approved plan.");
                        case DATED_IN_FUTURE -> ProblemException.invalidField("reportedOn", "must not be in the future");
                        case UNKNOWN_INDICATOR -> ProblemException.invalidField("indicatorKey", "the approved plan has"
                                + " no indicator " + request.indicatorKey()
                                + (keys.isEmpty() ? "; it has none" : "; it has " + String.join(", ", keys)));
                    };
                });
        return idempotency.once(key, "plans.progress:" + planId, request, 201, ProgressView.class,
                () -> record(plan, request, keys));
    }

    /** The approved plan's indicators against what was reported. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgressView progress(UUID planId) {
        Plan plan = store.plan(planId);
        access.require(Operation.READ, plan.unitCode, plan.year);
        if (plan.approvedVersion == null) {
            throw ProblemException.conflict("The plan has no approved version yet.");
        }
        return views.progress(plan);
    }

    private ProgressView record(Plan plan, ProgressRequest request, List<String> keys) {
        IndicatorProgress p = new IndicatorProgress();
        p.id = UUID.randomUUID();
        p.planId = plan.id;
        p.indicatorKey = request.indicatorKey();
        p.quantity = request.quantity();
        p.reportedOn = request.reportedOn();
        p.note = request.note();
        p.reportedBy = caller.user();
        p.createdAt = PlanStore.now();
        p.persist();
        PlanStore.flush();
        audit.record("REPORT_PROGRESS", "indicator-progress", p.id.toString(), plan.unitCode,
                PlanStore.firstDay(plan), null, request);
        Map<String, BigDecimal> achieved = new LinkedHashMap<>();
        keys.forEach(k -> achieved.put(k, BigDecimal.ZERO));
        IndicatorProgress.ofPlan(plan.id).forEach(r -> achieved.merge(r.indicatorKey, r.quantity, BigDecimal::add));
        outbox.publish(Topics.PLAN_EVENTS, "plan", PlanApproved.planKey(plan.unitCode, plan.year),
                EventTypes.PLAN_PROGRESS_REPORTED, PlanEvents.progress(plan, request.reportedOn(), achieved));
        return views.progress(plan);
    }

    private List<String> indicatorKeys(Plan plan) {
        return PlanLines.indicators(views.document(PlanStore.version(plan, plan.approvedVersion))).stream()
                .map(PlanApproved.OutputIndicator::key).toList();
    }
}

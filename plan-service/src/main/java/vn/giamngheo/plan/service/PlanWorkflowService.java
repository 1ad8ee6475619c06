package vn.giamngheo.plan.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.giamngheo.plan.access.AccessPolicy;
import vn.giamngheo.plan.access.AccessPolicy.Operation;
import vn.giamngheo.plan.domain.Finding;
import vn.giamngheo.plan.domain.Plan;
import vn.giamngheo.plan.domain.PlanDocument;
import vn.giamngheo.plan.domain.PlanStatus;
import vn.giamngheo.plan.domain.PlanVersion;
import vn.giamngheo.plan.domain.PlanWorkflow;
import vn.giamngheo.plan.domain.PlanWorkflow.Transition;
import vn.giamngheo.plan.view.PlanVersionView;
import vn.giamngheo.plan.view.PlanViews;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.Topics;
import vn.giamngheo.platform.events.payload.PlanApproved;
import vn.giamngheo.platform.outbox.Outbox;
import vn.giamngheo.platform.web.problem.Problem;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;

/**
 * Plan versions through their workflow (PlanWorkflow): drafts edited and submitted by the unit's officers, returned
 * or approved by the chair of the issuing unit, approved plans revised as new versions. Every step is audited, and
 * every approval publishes the version's full snapshot through the outbox.
 */
@ApplicationScoped
@Transactional
public class PlanWorkflowService {

    /** What a step does to the version once the workflow allows it; it answers what follows the audit entry. */
    @FunctionalInterface
    private interface Step {
        Runnable apply(Plan plan, PlanVersion version);
    }

    private static final Runnable NOTHING_MORE = () -> {
    };

    @Inject
    Caller caller;

    @Inject
    AccessPolicy access;

    @Inject
    PlanStore store;

    @Inject
    PlanViews views;

    @Inject
    Outbox outbox;

    /** Replaces the document of a draft. */
    public PlanVersionView replaceDraft(UUID planId, int number, String ifMatch,
            @Valid @NotNull(message = "a plan document is required") PlanDocument doc) {
        return take(Transition.EDIT, Operation.EDIT_DRAFT, planId, number, ifMatch, "EDIT", (plan, version) -> {
            if (!plan.unitCode.equals(doc.unitCode()) || plan.year != doc.year()) {
                throw ProblemException.badRequest("The document is for " + doc.unitCode() + "/" + doc.year()
                        + " but this plan is " + plan.unitCode + "/" + plan.year + ".",
                        List.of(new Problem.FieldError("unitCode", "must be " + plan.unitCode),
                                new Problem.FieldError("year", "must be " + plan.year)));
            }
            PlanDocuments.requireStructure(doc);
            store.replaceDocument(version, doc, PlanDocuments.findings(doc));
            return NOTHING_MORE;
        });
    }

    /** Submits a draft to the chair of the unit. */
    public PlanVersionView submit(UUID planId, int number, String ifMatch) {
        return take(Transition.SUBMIT, Operation.SUBMIT, planId, number, ifMatch, "SUBMIT", (plan, version) -> {
            version.status = Transition.SUBMIT.to();
            version.submittedAt = PlanStore.now();
            version.submittedBy = caller.user();
            return NOTHING_MORE;
        });
    }

    /** The chair sends a submitted version back to its authors as a draft. */
    public PlanVersionView returnToDraft(UUID planId, int number, String ifMatch,
            @Valid @NotNull(message = "a reason is required") ReturnRequest request) {
        return take(Transition.RETURN, Operation.RETURN, planId, number, ifMatch, "RETURN: " + request.reason(),
                (plan, version) -> {
                    version.status = Transition.RETURN.to();
                    store.touch(version);
                    return NOTHING_MORE;
                });
    }

    /** The chair approves a submitted version, acknowledging its error findings, and its snapshot is published. */
    public PlanVersionView approve(UUID planId, int number, String ifMatch,
            @Valid @NotNull(message = "an approval request is required") ApprovalRequest request) {
        return take(Transition.APPROVE, Operation.APPROVE, planId, number, ifMatch, "APPROVE", (plan, version) -> {
            requireApprovable(version, request);
            access.lastDayOfAbolished(plan.unitCode).filter(last -> request.approvalDate().isAfter(last))
                    .ifPresent(last -> {
                        throw ProblemException.invalidField("approvalDate", "must be on or before " + last
                                + ", the last day of unit " + plan.unitCode + ": its chair decided while it existed");
                    });
            Integer previous = plan.approvedVersion;
            version.status = Transition.APPROVE.to();
            version.approvedAt = PlanStore.now();
            version.approvedBy = caller.user();
            version.approvalDate = request.approvalDate();
            version.acknowledgement = PlanWorkflow.acknowledgement(version.errorCount, request.acknowledged(),
                    request.reason());
            plan.approvedVersion = version.version;
            return () -> outbox.publish(Topics.PLAN_EVENTS, "plan", PlanApproved.planKey(plan.unitCode, plan.year),
                    previous == null ? EventTypes.PLAN_APPROVED : EventTypes.PLAN_REVISED,
                    PlanEvents.approved(plan, version, views.document(version), previous));
        });
    }

    /** Opens a revision of the approved plan: a new draft version, starting as a copy of the approved one. */
    public PlanVersionView revise(UUID planId, @Valid @NotNull(message = "a reason is required") RevisionRequest request) {
        Plan plan = store.plan(planId);
        access.require(Operation.REVISE, plan.unitCode, plan.year);
        PlanVersion latest = PlanStore.version(plan, plan.latestVersion);
        if (!(PlanWorkflow.decide(latest.status, Transition.REVISE, caller.roles()) instanceof PlanWorkflow.Allowed)) {
            throw ProblemException.conflict("Version " + latest.version + " is " + latest.status + ": finish it"
                    + " (approve it, or edit the draft) before opening a revision.");
        }
        PlanDocument doc = views.document(latest);
        plan.latestVersion = latest.version + 1;
        PlanVersion revision = store.newVersion(plan, plan.latestVersion, doc, PlanDocuments.findings(doc),
                request.reason());
        PlanStore.flush();
        store.audited("REVISE", plan, revision, null);
        return views.of(plan, revision);
    }

    /**
     * The one skeleton of every step on an existing version: the caller's right over the plan, the version, its
     * ETag, the state machine's leave, the change, then the write and its audit entry.
     */
    private PlanVersionView take(Transition transition, Operation operation, UUID planId, int number, String ifMatch,
            String auditAction, Step step) {
        Plan plan = store.plan(planId);
        AccessPolicy.Grant grant = access.require(operation, plan.unitCode, plan.year);
        PlanVersion version = PlanStore.version(plan, number);
        requireEtag(version, ifMatch);
        boolean recorded = grant == AccessPolicy.Grant.RECORDED_FOR_ABOLISHED_CHAIR;
        if (recorded && (caller.user().equals(version.createdBy) || caller.user().equals(version.submittedBy))) {
            throw ProblemException.forbidden("You entered or submitted version " + version.version + " of this plan:"
                    + " another province officer records the chair's decision on it.");
        }
        // The province records an abolished unit's chair's act in the chair's stead.
        requireState(version, transition, recorded ? PlanWorkflow.Actor.CHAIR.roles() : caller.roles());
        Object before = store.auditState(version);
        Runnable then = step.apply(plan, version);
        PlanStore.flush();
        store.audited(auditAction, plan, version, before);
        then.run();
        return views.of(plan, version);
    }

    private static void requireEtag(PlanVersion version, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.ifMatchRequired();
        }
        if (!ifMatch.strip().equals(version.etag())) {
            throw ProblemException.staleVersion(version.etag());
        }
    }

    private void requireState(PlanVersion version, Transition transition, java.util.Set<String> actingRoles) {
        PlanWorkflow.Decision decision = PlanWorkflow.decide(version.status, transition, actingRoles);
        if (decision instanceof PlanWorkflow.WrongState wrong) {
            String hint = wrong.state() == PlanStatus.APPROVED
                    ? " An approved version never changes: open a revision instead." : "";
            throw ProblemException.conflict("Version " + version.version + " is " + wrong.state() + " and cannot be "
                    + transition.done() + "; only a " + wrong.required() + " version can." + hint);
        }
        if (decision instanceof PlanWorkflow.WrongActor) {
            // The access policy takes its roles from the workflow's actors, so it has refused such a caller already.
            throw new IllegalStateException("the access policy admitted a role the workflow refuses: " + transition);
        }
    }

    private static void requireApprovable(PlanVersion version, ApprovalRequest request) {
        PlanWorkflow.approvalRefusal(request.approvalDate(), LocalDate.now(), version.errorCount,
                request.acknowledged(), request.reason()).ifPresent(refusal -> {
                    throw switch (refusal) {
                        case DATED_IN_FUTURE -> ProblemException.invalidField("approvalDate", "must not be in the future");
                        case FINDINGS_NOT_ACKNOWLEDGED -> ProblemException.unprocessable("findings-not-acknowledged",
                                "Findings not acknowledged", "Validation found " + version.errorCount + " error(s) in"
                                        + " version " + version.version + ". Approve it only with"
                                        + " acknowledgeFindings=true and a reason of at least "
                                        + PlanWorkflow.MIN_ACKNOWLEDGEMENT_LENGTH + " characters, or return it for"
                                        + " correction.");
                    };
                });
    }
}

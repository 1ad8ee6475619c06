package vn.giamngheo.plan.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jboss.logging.Logger;

import vn.giamngheo.plan.api.ApprovalRequest;
import vn.giamngheo.plan.api.PlanVersionView;
import vn.giamngheo.plan.api.ProgressRequest;
import vn.giamngheo.plan.api.ReturnRequest;
import vn.giamngheo.plan.api.RevisionRequest;
import vn.giamngheo.plan.domain.Finding;
import vn.giamngheo.plan.domain.IndicatorProgress;
import vn.giamngheo.plan.domain.Plan;
import vn.giamngheo.plan.domain.PlanBudgetLine;
import vn.giamngheo.plan.domain.PlanDocument;
import vn.giamngheo.plan.domain.PlanStatus;
import vn.giamngheo.plan.domain.PlanValidator;
import vn.giamngheo.plan.domain.PlanVersion;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.Topics;
import vn.giamngheo.platform.events.payload.PlanApproved;
import vn.giamngheo.platform.outbox.Outbox;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.ProgramCatalog;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.Problem;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;
import vn.giamngheo.platform.web.security.Roles;

/**
 * Plans through their workflow: imported or edited as drafts by the unit's officers, submitted, approved by the
 * chair of the issuing unit (acknowledging error findings with a reason), revised as new versions. Every change
 * is audited in its own transaction, and every approval publishes the version's full snapshot through the outbox.
 */
@ApplicationScoped
@Transactional
public class PlanService {

    private static final Logger LOG = Logger.getLogger(PlanService.class);
    private static final Set<String> WRITERS = Set.of(Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER);

    private final PlanValidator validator = new PlanValidator(ProgramCatalog.get());

    @Inject
    Caller caller;

    @Inject
    PlanViews views;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    IdempotencyKeys idempotency;

    /** Imports a plan document as version 1, a draft; with {@code dryRun}, only says what would be stored. */
    public IdempotencyKeys.Result<PlanVersionView> importPlan(String key,
            @Valid @NotNull(message = "a plan document is required") PlanDocument doc, boolean dryRun) {
        requireKnownUnit(doc);
        requireWriter(doc.unitCode(), doc.year());
        requireStructure(doc);
        List<Finding> findings = validator.validate(doc);
        if (dryRun) {
            return new IdempotencyKeys.Result<>(200, views.preview(doc, findings), false);
        }
        return idempotency.once(key, "plans.import", doc, 201, PlanVersionView.class, () -> {
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
            plan.createdAt = now();
            plan.createdBy = caller.user();
            plan.persist();
            PlanVersion version = newVersion(plan, 1, doc, findings, null);
            flush();
            audit.record("IMPORT", "plan-version", version.id.toString(), plan.unitCode, firstDay(plan), null,
                    views.auditState(version));
            LOG.debugf("imported plan %s:%d with %d findings", plan.unitCode, plan.year, findings.size());
            return views.of(plan, version);
        });
    }

    /** Replaces the document of a draft. */
    public PlanVersionView replaceDraft(UUID planId, int number, String ifMatch,
            @Valid @NotNull(message = "a plan document is required") PlanDocument doc) {
        Plan plan = plan(planId);
        requireWriter(plan.unitCode, plan.year);
        PlanVersion version = version(plan, number);
        requireEtag(version, ifMatch);
        requireStatus(version, PlanStatus.DRAFT, "edited");
        if (!plan.unitCode.equals(doc.unitCode()) || plan.year != doc.year()) {
            throw ProblemException.badRequest("The document is for " + doc.unitCode() + "/" + doc.year()
                    + " but this plan is " + plan.unitCode + "/" + plan.year + ".",
                    List.of(new Problem.FieldError("unitCode", "must be " + plan.unitCode),
                            new Problem.FieldError("year", "must be " + plan.year)));
        }
        requireStructure(doc);
        Object before = views.auditState(version);
        List<Finding> findings = validator.validate(doc);
        views.write(version, doc, findings);
        version.updatedAt = now();
        version.updatedBy = caller.user();
        PlanBudgetLine.delete("planVersionId", version.id);
        flush();
        storeLines(version, doc);
        flush();
        audit.record("EDIT", "plan-version", version.id.toString(), plan.unitCode, firstDay(plan), before,
                views.auditState(version));
        return views.of(plan, version);
    }

    public PlanVersionView submit(UUID planId, int number, String ifMatch) {
        Plan plan = plan(planId);
        requireWriter(plan.unitCode, plan.year);
        PlanVersion version = version(plan, number);
        requireEtag(version, ifMatch);
        requireStatus(version, PlanStatus.DRAFT, "submitted");
        Object before = views.auditState(version);
        version.status = PlanStatus.SUBMITTED;
        version.submittedAt = now();
        version.submittedBy = caller.user();
        flush();
        audit.record("SUBMIT", "plan-version", version.id.toString(), plan.unitCode, firstDay(plan), before,
                views.auditState(version));
        return views.of(plan, version);
    }

    /** The chair sends a submitted version back to its authors as a draft. */
    public PlanVersionView returnToDraft(UUID planId, int number, String ifMatch,
            @Valid @NotNull(message = "a reason is required") ReturnRequest request) {
        Plan plan = plan(planId);
        requireChair(plan);
        PlanVersion version = version(plan, number);
        requireEtag(version, ifMatch);
        requireStatus(version, PlanStatus.SUBMITTED, "returned");
        Object before = views.auditState(version);
        version.status = PlanStatus.DRAFT;
        version.updatedAt = now();
        version.updatedBy = caller.user();
        flush();
        audit.record("RETURN: " + request.reason(), "plan-version", version.id.toString(), plan.unitCode,
                firstDay(plan), before, views.auditState(version));
        return views.of(plan, version);
    }

    public PlanVersionView approve(UUID planId, int number, String ifMatch,
            @Valid @NotNull(message = "an approval request is required") ApprovalRequest request) {
        Plan plan = plan(planId);
        requireChair(plan);
        PlanVersion version = version(plan, number);
        requireEtag(version, ifMatch);
        requireStatus(version, PlanStatus.SUBMITTED, "approved");
        if (request.approvalDate().isAfter(LocalDate.now())) {
            throw ProblemException.invalidField("approvalDate", "must not be in the future");
        }
        String reason = request.reason() == null ? null : request.reason().strip();
        if (version.errorCount > 0 && (!request.acknowledged() || reason == null || reason.length() < 10)) {
            throw ProblemException.unprocessable("findings-not-acknowledged", "Findings not acknowledged",
                    "Validation found " + version.errorCount + " error(s) in version " + version.version + ". Approve"
                            + " it only with acknowledgeFindings=true and a reason of at least 10 characters, or"
                            + " return it for correction.");
        }
        Object before = views.auditState(version);
        Integer previous = plan.approvedVersion;
        version.status = PlanStatus.APPROVED;
        version.approvedAt = now();
        version.approvedBy = caller.user();
        version.approvalDate = request.approvalDate();
        version.acknowledgement = version.errorCount > 0 || request.acknowledged() ? reason : null;
        plan.approvedVersion = version.version;
        flush();
        audit.record("APPROVE", "plan-version", version.id.toString(), plan.unitCode, firstDay(plan), before,
                views.auditState(version));
        PlanDocument doc = views.document(version);
        outbox.publish(Topics.PLAN_EVENTS, "plan", PlanApproved.planKey(plan.unitCode, plan.year),
                previous == null ? EventTypes.PLAN_APPROVED : EventTypes.PLAN_REVISED,
                PlanEvents.approved(plan, version, doc, previous));
        return views.of(plan, version);
    }

    /** Opens a revision of the approved plan: a new draft version, starting as a copy of the approved one. */
    public PlanVersionView revise(UUID planId, @Valid @NotNull(message = "a reason is required") RevisionRequest request) {
        Plan plan = plan(planId);
        requireWriter(plan.unitCode, plan.year);
        PlanVersion latest = version(plan, plan.latestVersion);
        if (latest.status != PlanStatus.APPROVED) {
            throw ProblemException.conflict("Version " + latest.version + " is " + latest.status + ": finish it"
                    + " (approve it, or edit the draft) before opening a revision.");
        }
        PlanDocument doc = views.document(latest);
        plan.latestVersion = latest.version + 1;
        PlanVersion revision = newVersion(plan, plan.latestVersion, doc, validator.validate(doc), request.reason());
        flush();
        audit.record("REVISE", "plan-version", revision.id.toString(), plan.unitCode, firstDay(plan), null,
                views.auditState(revision));
        return views.of(plan, revision);
    }

    public IdempotencyKeys.Result<vn.giamngheo.plan.api.ProgressView> reportProgress(String key, UUID planId,
            @Valid @NotNull(message = "a progress report is required") ProgressRequest request) {
        Plan plan = plan(planId);
        requireWriter(plan.unitCode, plan.year);
        if (plan.approvedVersion == null) {
            throw ProblemException.conflict("The plan has no approved version yet: progress is reported against an"
                    + " approved plan.");
        }
        if (request.reportedOn().isAfter(LocalDate.now())) {
            throw ProblemException.invalidField("reportedOn", "must not be in the future");
        }
        PlanDocument doc = views.document(version(plan, plan.approvedVersion));
        List<String> keys = PlanEvents.indicators(doc).stream().map(PlanApproved.OutputIndicator::key).toList();
        if (!keys.contains(request.indicatorKey())) {
            throw ProblemException.invalidField("indicatorKey", "the approved plan has no indicator "
                    + request.indicatorKey() + (keys.isEmpty() ? "; it has none" : "; it has " + String.join(", ", keys)));
        }
        return idempotency.once(key, "plans.progress", request, 201, vn.giamngheo.plan.api.ProgressView.class, () -> {
            IndicatorProgress p = new IndicatorProgress();
            p.id = UUID.randomUUID();
            p.planId = plan.id;
            p.indicatorKey = request.indicatorKey();
            p.quantity = request.quantity();
            p.reportedOn = request.reportedOn();
            p.note = request.note();
            p.reportedBy = caller.user();
            p.createdAt = now();
            p.persist();
            flush();
            audit.record("REPORT_PROGRESS", "indicator-progress", p.id.toString(), plan.unitCode, firstDay(plan),
                    null, request);
            Map<String, BigDecimal> achieved = new LinkedHashMap<>();
            keys.forEach(k -> achieved.put(k, BigDecimal.ZERO));
            IndicatorProgress.ofPlan(plan.id).forEach(r -> achieved.merge(r.indicatorKey, r.quantity, BigDecimal::add));
            outbox.publish(Topics.PLAN_EVENTS, "plan", PlanApproved.planKey(plan.unitCode, plan.year),
                    EventTypes.PLAN_PROGRESS_REPORTED, PlanEvents.progress(plan, request.reportedOn(), achieved));
            return views.progress(plan);
        });
    }

    // ---- reads

    @Transactional(Transactional.TxType.SUPPORTS)
    public vn.giamngheo.plan.api.PlanSummary get(UUID planId) {
        Plan plan = plan(planId);
        requireReader(plan);
        return views.summary(plan);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanVersionView getVersion(UUID planId, int number) {
        Plan plan = plan(planId);
        requireReader(plan);
        return views.of(plan, version(plan, number));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public vn.giamngheo.plan.api.ProgressView progress(UUID planId) {
        Plan plan = plan(planId);
        requireReader(plan);
        if (plan.approvedVersion == null) {
            throw ProblemException.conflict("The plan has no approved version yet.");
        }
        return views.progress(plan);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public vn.giamngheo.plan.api.PlanPage list(String area, Integer year, int page, int size) {
        String scope = area == null ? caller.area() : area;
        if (area != null && !caller.roles().contains(Roles.SYSTEM)) {
            caller.requireArea(area, year == null ? LocalDate.now() : LocalDate.of(year, 1, 1));
        }
        List<Plan> visible = Plan.ofYear(year).stream()
                .filter(p -> caller.roles().contains(Roles.SYSTEM) && area == null
                        || AdministrativeUnits.get().isWithin(p.unitCode, scope, firstDay(p)))
                .toList();
        List<vn.giamngheo.plan.api.PlanSummary> items = visible.stream().skip((long) page * size).limit(size)
                .map(views::summary).toList();
        return new vn.giamngheo.plan.api.PlanPage(page, size, visible.size(), items);
    }

    // ---- rules

    private void requireKnownUnit(PlanDocument doc) {
        if (AdministrativeUnits.get().find(doc.unitCode(), LocalDate.of(doc.year(), 1, 1)).isEmpty()) {
            throw ProblemException.invalidField("unitCode", "no administrative unit has code " + doc.unitCode()
                    + " on 1 January " + doc.year());
        }
    }

    private void requireStructure(PlanDocument doc) {
        List<PlanValidator.FieldProblem> problems = validator.structuralProblems(doc);
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest(problems.get(0).field() + ": " + problems.get(0).message(),
                    problems.stream().map(p -> new Problem.FieldError(p.field(), p.message())).toList());
        }
    }

    private void requireWriter(String unitCode, int year) {
        if (caller.roles().stream().noneMatch(WRITERS::contains)) {
            throw ProblemException.forbidden("Plans are written by district or province officers.");
        }
        caller.requireArea(unitCode, LocalDate.of(year, 1, 1));
    }

    /** A plan is approved by the chair of the unit that issues it. */
    private void requireChair(Plan plan) {
        if (!caller.roles().contains(Roles.DISTRICT_CHAIR) || !plan.unitCode.equals(caller.area())) {
            throw ProblemException.forbidden("Only the chair of unit " + plan.unitCode + " approves or returns its"
                    + " plan.");
        }
    }

    private void requireReader(Plan plan) {
        caller.requireReader(plan.unitCode, firstDay(plan));
    }

    private static void requireEtag(PlanVersion version, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.ifMatchRequired();
        }
        if (!ifMatch.strip().equals(version.etag())) {
            throw ProblemException.staleVersion(version.etag());
        }
    }

    private static void requireStatus(PlanVersion version, PlanStatus expected, String action) {
        if (version.status != expected) {
            String hint = version.status == PlanStatus.APPROVED
                    ? " An approved version never changes: open a revision instead." : "";
            throw ProblemException.conflict("Version " + version.version + " is " + version.status + " and cannot be "
                    + action + "; only a " + expected + " version can." + hint);
        }
    }

    private Plan plan(UUID planId) {
        return Plan.<Plan>findByIdOptional(planId)
                .orElseThrow(() -> ProblemException.notFound("There is no plan with id " + planId + "."));
    }

    private static PlanVersion version(Plan plan, int number) {
        return PlanVersion.of(plan.id, number).orElseThrow(() -> ProblemException.notFound("Plan " + plan.id
                + " has no version " + number + "; its latest is " + plan.latestVersion + "."));
    }

    private PlanVersion newVersion(Plan plan, int number, PlanDocument doc, List<Finding> findings, String reason) {
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

    private static void flush() {
        try {
            Plan.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("Someone changed this plan version at the same moment; read it again"
                    + " and redo your change.");
        }
    }

    private static LocalDate firstDay(Plan plan) {
        return LocalDate.of(plan.year, 1, 1);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

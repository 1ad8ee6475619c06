package vn.giamngheo.household.changes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.household.domain.ChangeKind;
import vn.giamngheo.household.domain.ChangeRequest;
import vn.giamngheo.household.domain.Household;
import vn.giamngheo.household.domain.RuleViolation;
import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.problem.Problem;
import vn.giamngheo.platform.web.problem.ProblemException;

/**
 * The commune's answer to a change request. The chair (or an officer the chair designated, never the proposer)
 * approves or rejects it; an approved move waits for the destination commune, whose chair (or designated officer)
 * accepts or rejects it. Only then does the registry change, in this transaction, and only if the household is still
 * as the proposer read it.
 */
@ApplicationScoped
@Transactional
public class DecideChange {

    @Inject
    AccessPolicy access;

    @Inject
    ChangeApprovers approvers;

    @Inject
    ChangeChecks checks;

    @Inject
    ApplyChange apply;

    @Inject
    vn.giamngheo.household.review.Reviews reviews;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper mapper;

    public ChangeRecord decide(UUID id, @Valid @NotNull(message = "an answer is required") ChangeAnswer answer) {
        access.requireRole(AccessPolicy.Operation.APPROVE_CHANGES);
        ChangeRequest r = ChangeRequest.<ChangeRequest>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("No change request has id " + id + "."));
        boolean destinationStep = r.status == ChangeRequest.Status.AWAITING_DESTINATION;
        if (r.status != ChangeRequest.Status.PROPOSED && !destinationStep) {
            throw ProblemException.conflict("Change request " + id + " is already " + r.status + ": propose a new one.");
        }
        String commune = destinationStep ? r.destinationCommune : r.communeCode;
        LocalDate today = LocalDate.now(ProposeChanges.VIETNAM);
        access.require(AccessPolicy.Operation.APPROVE_CHANGES, commune, today);
        if (!access.isChair() && !approvers.designated(commune, access.user())) {
            throw ProblemException.forbidden("Only the chair of commune " + commune + ", or an officer the chair"
                    + " designated, answers its change requests.");
        }
        if (r.proposedBy.equals(access.user())) {
            throw ProblemException.forbidden("You proposed this change: another person answers it (the chair, or an"
                    + " officer the chair designated).");
        }
        if (!answer.approve()) {
            return new ChangeRecord(reject(r, answer, commune, today),
                    Household.<Household>findById(r.householdId).code);
        }
        LocalDate on = answer.decisionDate() == null ? today : answer.decisionDate();
        LocalDate earliest = destinationStep ? r.decisionDate : r.effectiveDate;
        if (on.isAfter(today) || on.isBefore(earliest)) {
            throw ProblemException.invalidField("decisionDate", "must be between " + (destinationStep
                    ? "the origin's approval (" : "the change's day (") + earliest + ") and today");
        }
        Household h = Household.<Household>findByIdOptional(r.householdId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow();
        if (h.closedOn != null || h.version != r.householdVersion) {
            throw ProblemException.conflict("Household " + h.code + " has changed since this request was proposed"
                    + " (version " + r.householdVersion + ", now " + h.version + (h.closedOn == null ? ""
                            : ", closed on " + h.closedOn) + "): reject it and propose the change anew.");
        }
        if (r.kind.movesLists()) {
            // A round still open would decide the household under the commune it leaves.
            String open = reviews.openRoundOf(h.id);
            if (open != null) {
                throw ProblemException.conflict("Household " + h.code + " is under review in round " + open
                        + ", not decided yet: the household leaves its commune once that round is decided (or its"
                        + " review returned).");
            }
        }
        ChangeProposal p = proposal(r);
        List<RuleViolation> violations = checks.registry(p, r.kind, h, r.communeCode, on);
        if (!violations.isEmpty()) {
            throw new ProblemException(409, "change-no-longer-applies", "The change no longer applies",
                    "The registry has changed since the request was proposed (" + violations.get(0).field() + ": "
                            + violations.get(0).message() + "): reject it and propose the change anew.",
                    violations.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (destinationStep) {
            r.acceptedBy = access.user();
            r.acceptedAt = now;
        } else {
            r.approvedBy = access.user();
            r.approvedAt = now;
            r.decisionNumber = answer.decisionNumber();
            r.decisionDate = on;
        }
        r.answerReason = answer.reason();
        if (r.kind == ChangeKind.TRANSFER && !destinationStep) {
            r.status = ChangeRequest.Status.AWAITING_DESTINATION;
            audit.record("APPROVE_CHANGE", "change-request", r.id.toString(), commune, on, null,
                    Map.of("household", h.code, "status", r.status.name()));
            return new ChangeRecord(r, h.code);
        }
        Map<String, Object> outcome;
        try {
            outcome = new LinkedHashMap<>(apply.apply(r, p, h, on, r.decisionNumber, access.user()));
        } catch (jakarta.persistence.PersistenceException e) {
            if (!(e instanceof org.hibernate.exception.ConstraintViolationException)
                    && !(e.getCause() instanceof org.hibernate.exception.ConstraintViolationException)) {
                throw e;
            }
            // Another approval took the same identity number a moment before: this one changes nothing.
            throw ProblemException.conflict("The registry changed while this was approved (an identity number it"
                    + " names was just given to another member): reject it and propose the change anew.");
        }
        if (destinationStep) {
            outcome.put("acceptedOn", on);
        }
        r.outcome = json(outcome);
        r.status = ChangeRequest.Status.APPLIED;
        audit.record(destinationStep ? "ACCEPT_TRANSFER" : "APPROVE_CHANGE", "change-request", r.id.toString(),
                commune, on, Map.of("household", h.code, "version", r.householdVersion),
                Map.of("household", h.code, "status", r.status.name(), "outcome", outcome));
        return new ChangeRecord(r, h.code);
    }

    private ChangeRequest reject(ChangeRequest r, ChangeAnswer answer, String commune, LocalDate today) {
        if (answer.reason() == null || answer.reason().isBlank()) {
            throw ProblemException.invalidField("reason", "is required when a change is rejected: the proposer and"
                    + " the household are told why");
        }
        r.status = ChangeRequest.Status.REJECTED;
        r.rejectedBy = access.user();
        r.rejectedAt = OffsetDateTime.now(ZoneOffset.UTC);
        r.answerReason = answer.reason();
        audit.record("REJECT_CHANGE", "change-request", r.id.toString(), commune, today, null,
                Map.of("status", r.status.name(), "reason", answer.reason()));
        return r;
    }

    ChangeProposal proposal(ChangeRequest r) {
        try {
            return mapper.readValue(r.proposal, ChangeProposal.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change request " + r.id + " keeps an unreadable proposal", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

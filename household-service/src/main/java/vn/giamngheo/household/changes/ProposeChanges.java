package vn.giamngheo.household.changes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.household.domain.ChangeKind;
import vn.giamngheo.household.domain.ChangeRequest;
import vn.giamngheo.household.domain.Household;
import vn.giamngheo.household.domain.Member;
import vn.giamngheo.household.domain.RuleViolation;
import vn.giamngheo.household.registry.AreaCommunes;
import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.Problem;
import vn.giamngheo.platform.web.problem.ProblemException;

/**
 * Commune officers propose changes to households, one or a commune app's batch at once: each is checked alone against
 * the registry and kept as PROPOSED, or rejected with its field errors. Nothing in the registry changes here.
 */
@ApplicationScoped
@Transactional
public class ProposeChanges {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    AccessPolicy access;

    @Inject
    ChangeChecks checks;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper mapper;

    public IdempotencyKeys.Result<ChangeBatchResult> propose(String key, ChangeBatch batch) {
        access.requireRole(AccessPolicy.Operation.PROPOSE_CHANGES);
        if (batch == null || batch.changes() == null || batch.changes().isEmpty() || batch.changes().size() > 500) {
            throw ProblemException.invalidField("changes", "must hold 1 to 500 changes");
        }
        return idempotency.once(key, "changes.batch", batch, 200, ChangeBatchResult.class,
                () -> run(batch.changes()));
    }

    private ChangeBatchResult run(List<ChangeProposal> proposals) {
        List<ChangeBatchResult.Item> results = new ArrayList<>();
        LocalDate today = LocalDate.now(VIETNAM);
        int proposed = 0;
        for (int i = 0; i < proposals.size(); i++) {
            ChangeProposal p = proposals.get(i);
            String prefix = "changes[" + i + "].";
            List<Problem.FieldError> errors = new ArrayList<>();
            Optional<Household> household = check(p, today, errors);
            if (!errors.isEmpty()) {
                results.add(new ChangeBatchResult.Item(i, p == null ? null : p.householdCode(),
                        ChangeBatchResult.Outcome.REJECTED, null, errors.stream()
                                .map(e -> new Problem.FieldError(prefix + e.field(), e.message())).toList()));
                continue;
            }
            ChangeRequest r = keep(p, household.orElseThrow(), today);
            proposed++;
            results.add(new ChangeBatchResult.Item(i, p.householdCode(), ChangeBatchResult.Outcome.PROPOSED, r.id,
                    null));
        }
        if (proposed == 0) {
            // Nothing to keep: the whole batch is refused, and a client that fixes it may resend it with the same key.
            throw new ProblemException(422, "changes-rejected", "No change could be proposed", "Every change of the"
                    + " batch was rejected: fix the fields listed and send it again.", results.stream()
                            .flatMap(r -> r.errors().stream()).toList());
        }
        return new ChangeBatchResult(proposed, proposals.size() - proposed, results);
    }

    /** The household the change is for, when it passes; else the errors, on fields named from the proposal. */
    private Optional<Household> check(ChangeProposal p, LocalDate today, List<Problem.FieldError> errors) {
        if (p == null) {
            errors.add(new Problem.FieldError("", "must not be null"));
            return Optional.empty();
        }
        for (ConstraintViolation<ChangeProposal> v : validator.validate(p)) {
            errors.add(new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        Household h = Household.byCode(p.householdCode()).orElse(null);
        if (h == null) {
            errors.add(new Problem.FieldError("householdCode", "no household has code " + p.householdCode()));
            return Optional.empty();
        }
        String commune = AreaCommunes.holder(h.communeCode, today);
        if (!access.permits(AccessPolicy.Operation.PROPOSE_CHANGES, commune, today)) {
            errors.add(new Problem.FieldError("householdCode", "household " + h.code + " belongs to commune "
                    + commune + ", outside your area: its own commune proposes its changes"));
            return Optional.empty();
        }
        if (h.closedOn != null) {
            errors.add(new Problem.FieldError("householdCode", "household " + h.code + " no longer exists since "
                    + h.closedOn + " (" + h.closedReason + ")"));
            return Optional.empty();
        }
        if (p.householdVersion() != h.version) {
            errors.add(new Problem.FieldError("householdVersion", "household " + h.code + " has changed since you"
                    + " read it (it is at version " + h.version + "): read it again and propose the change anew"));
            return Optional.empty();
        }
        ChangeKind kind = ChangeKind.valueOf(p.kind());
        List<RuleViolation> violations = new ArrayList<>(ChangeRules.check(p, kind, Member.ofHousehold(h.id).stream()
                .map(m -> new ChangeRules.Current(m.id, m.relation)).toList(), today));
        violations.addAll(checks.registry(p, kind, h, commune, today));
        violations.forEach(v -> errors.add(new Problem.FieldError(v.field(), v.message())));
        return Optional.of(h);
    }

    /** Keeps a change that passed its checks as PROPOSED, audited. */
    ChangeRequest keep(ChangeProposal p, Household h, LocalDate today) {
        ChangeRequest r = new ChangeRequest();
        r.id = UUID.randomUUID();
        r.householdId = h.id;
        r.communeCode = AreaCommunes.holder(h.communeCode, today);
        r.kind = ChangeKind.valueOf(p.kind());
        r.reason = p.reason();
        r.effectiveDate = p.effectiveDate();
        r.proposal = json(p);
        r.householdVersion = h.version;
        r.destinationCommune = p.destination() == null ? null : p.destination().communeCode();
        r.status = ChangeRequest.Status.PROPOSED;
        r.proposedBy = access.user();
        r.proposedAt = OffsetDateTime.now(ZoneOffset.UTC);
        r.persist();
        audit.record("PROPOSE_CHANGE", "change-request", r.id.toString(), r.communeCode, today, null,
                Map.of("household", h.code, "kind", r.kind.name(), "reason", r.reason, "proposal", p));
        return r;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The commune of the province a household may move to on the day, or empty. */
    static Optional<UnitVersion> destination(String code, String from, LocalDate on) {
        AdministrativeUnits units = AdministrativeUnits.get();
        return units.find(code, on).filter(u -> u.level() == UnitLevel.COMMUNE).filter(u -> units
                .ancestorAt(code, UnitLevel.PROVINCE, on).equals(units.ancestorAt(from, UnitLevel.PROVINCE, on)));
    }
}

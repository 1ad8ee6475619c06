package vn.giamngheo.household.changes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.giamngheo.household.domain.ChangeKind;
import vn.giamngheo.household.domain.ChangeRequest;
import vn.giamngheo.household.domain.Household;
import vn.giamngheo.household.domain.Member;
import vn.giamngheo.household.domain.RuleViolation;
import vn.giamngheo.household.registry.AreaCommunes;
import vn.giamngheo.household.registry.PossibleDuplicates;
import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.problem.ProblemException;

/**
 * Officers see the possible duplicates of their area and resolve each: two people, or one person registered twice,
 * whose extra record then leaves its household by a MEMBER_REMOVED request (reason DUPLICATE) that the chair approves.
 */
@ApplicationScoped
@Transactional
public class ResolveDuplicates {

    @Inject
    AccessPolicy access;

    @Inject
    PossibleDuplicates duplicates;

    @Inject
    ProposeChanges propose;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    public List<PossibleDuplicates.Pair> list(String commune, String status, int page, int size) {
        LocalDate today = LocalDate.now(ProposeChanges.VIETNAM);
        access.require(AccessPolicy.Operation.READ_DUPLICATES, commune, today);
        return duplicates.of(AdministrativeUnits.get().codesHeldBy(commune, today), status, page, size);
    }

    public PossibleDuplicates.Pair get(UUID id) {
        access.requireRole(AccessPolicy.Operation.READ_DUPLICATES);
        PossibleDuplicates.Pair pair = duplicates.get(id).orElseThrow(() -> notFound(id));
        LocalDate today = LocalDate.now(ProposeChanges.VIETNAM);
        access.require(AccessPolicy.Operation.READ_DUPLICATES, AreaCommunes.holder(pair.communeCode(), today), today);
        return pair;
    }

    public PossibleDuplicates.Pair resolve(UUID id,
            @Valid @NotNull(message = "a resolution is required") DuplicateResolution resolution) {
        access.requireRole(AccessPolicy.Operation.RESOLVE_DUPLICATES);
        PossibleDuplicates.Pair pair = duplicates.get(id).orElseThrow(() -> notFound(id));
        LocalDate today = LocalDate.now(ProposeChanges.VIETNAM);
        access.require(AccessPolicy.Operation.RESOLVE_DUPLICATES, AreaCommunes.holder(pair.communeCode(), today),
                today);
        if (!"OPEN".equals(pair.status())) {
            throw ProblemException.conflict("This possible duplicate was resolved already (" + pair.status() + ").");
        }
        UUID request = null;
        if ("SAME_PERSON".equals(resolution.resolution())) {
            request = removal(pair, resolution.removeMemberId(), today).id;
        }
        int resolved = em.createNativeQuery("""
                UPDATE possible_duplicate SET status = :status, resolved_by = :by, resolved_at = :at,
                    resolution_note = :note, change_request = :request WHERE id = :id AND status = 'OPEN'""")
                .setParameter("status", resolution.resolution()).setParameter("by", access.user())
                .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC)).setParameter("note", resolution.note())
                .setParameter("request", request).setParameter("id", id).executeUpdate();
        if (resolved == 0) {
            // Resolved meanwhile by someone else: this transaction, with its request, is rolled back.
            throw ProblemException.conflict("This possible duplicate was resolved meanwhile.");
        }
        audit.record("RESOLVE_DUPLICATE", "possible-duplicate", id.toString(), pair.communeCode(), today,
                Map.of("status", "OPEN"), Map.of("status", resolution.resolution(), "note", resolution.note(),
                        "changeRequest", request == null ? "" : request.toString()));
        return duplicates.get(id).orElseThrow();
    }

    /** The change request that takes the extra record out of its household. */
    private ChangeRequest removal(PossibleDuplicates.Pair pair, UUID memberId, LocalDate today) {
        if (memberId == null || !(memberId.equals(pair.member().memberId())
                || memberId.equals(pair.other().memberId()))) {
            throw ProblemException.invalidField("removeMemberId", "must be one of the pair's two members: the record"
                    + " that leaves its household");
        }
        Member m = Member.findById(memberId);
        if (m == null) {
            throw ProblemException.conflict("That record has left its household already.");
        }
        Household h = Household.findById(m.householdId);
        if (h.closedOn != null || !access.permits(AccessPolicy.Operation.PROPOSE_CHANGES,
                AreaCommunes.holder(h.communeCode, today), today)) {
            throw ProblemException.forbidden("Household " + h.code + " is now outside your area: its own commune"
                    + " resolves the record.");
        }
        ChangeProposal p = new ChangeProposal(h.code, h.version, ChangeKind.MEMBER_REMOVED.name(), "DUPLICATE", today,
                "Possible duplicate " + pair.id() + ": the same person as " + (memberId.equals(pair.member().memberId())
                        ? pair.other().householdCode() : pair.member().householdCode()), null, memberId, null, null,
                null, null, null);
        List<RuleViolation> violations = ChangeRules.check(p, ChangeKind.MEMBER_REMOVED, Member.ofHousehold(h.id)
                .stream().map(x -> new ChangeRules.Current(x.id, x.relation)).toList(), today);
        if (!violations.isEmpty()) {
            throw ProblemException.conflict("The record cannot simply leave household " + h.code + " ("
                    + violations.get(0).field() + " " + violations.get(0).message() + "): remove the other record,"
                    + " or propose the change with what it needs.");
        }
        return propose.keep(p, h, today);
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No possible duplicate has id " + id + ".");
    }
}

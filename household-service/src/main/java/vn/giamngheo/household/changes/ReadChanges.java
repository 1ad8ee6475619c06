package vn.giamngheo.household.changes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.giamngheo.household.domain.ChangeRequest;
import vn.giamngheo.household.domain.Household;
import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.web.problem.ProblemException;

/** A commune's change requests (its own, and the moves to it awaiting its acceptance), the latest first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadChanges {

    @Inject
    AccessPolicy access;

    @Inject
    EntityManager em;

    public List<ChangeRecord> list(String commune, ChangeRequest.Status status, int page, int size) {
        access.require(AccessPolicy.Operation.READ_CHANGES, commune, LocalDate.now(ProposeChanges.VIETNAM));
        // The destination sees a move once the origin approved it: before, it is the origin's business.
        String where = "(r.communeCode = :c or (r.destinationCommune = :c and r.approvedBy is not null))" + (status == null ? ""
                : " and r.status = :s");
        var q = em.createQuery("SELECT new " + ChangeRecord.class.getName() + "(r, h.code) FROM ChangeRequest r,"
                + " Household h WHERE h.id = r.householdId AND " + where + " ORDER BY r.proposedAt DESC, r.id",
                ChangeRecord.class).setParameter("c", commune);
        if (status != null) {
            q.setParameter("s", status);
        }
        return q.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public ChangeRecord get(UUID id) {
        access.requireRole(AccessPolicy.Operation.READ_CHANGES);
        ChangeRequest r = ChangeRequest.<ChangeRequest>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No change request has id " + id + "."));
        LocalDate today = LocalDate.now(ProposeChanges.VIETNAM);
        if (r.destinationCommune == null || r.approvedBy == null || !access.permits(AccessPolicy.Operation.READ_CHANGES,
                r.destinationCommune, today)) {
            access.require(AccessPolicy.Operation.READ_CHANGES, r.communeCode, today);
        }
        return new ChangeRecord(r, Household.<Household>findById(r.householdId).code);
    }
}

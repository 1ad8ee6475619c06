package vn.giamngheo.household.complaints;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.giamngheo.household.domain.Complaint;
import vn.giamngheo.household.domain.Household;
import vn.giamngheo.household.security.AccessPolicy;

/** A commune's complaints, the answers due soonest first; or only those whose answer is overdue. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadComplaints {

    @Inject
    AccessPolicy access;

    /** A complaint with the code of its household. */
    public record Found(Complaint complaint, String householdCode) {
    }

    public List<Found> list(String commune, Complaint.Status status, boolean overdue, int page, int size) {
        LocalDate today = Complaints.today();
        access.require(AccessPolicy.Operation.READ_COMPLAINTS, commune, today);
        StringBuilder q = new StringBuilder("communeCode = :commune");
        Map<String, Object> params = new HashMap<>(Map.of("commune", commune));
        if (status != null) {
            q.append(" and status = :status");
            params.put("status", status);
        }
        if (overdue) {
            q.append(" and status not in :answered and answerDue < :today");
            params.put("answered", List.of(Complaint.Status.UPHELD, Complaint.Status.DISMISSED));
            params.put("today", today);
        }
        List<Complaint> found = Complaint.<Complaint>find(q + " order by answerDue, id", params).page(page, size)
                .list();
        Map<UUID, String> codes = new HashMap<>();
        if (!found.isEmpty()) {
            Household.<Household>list("id in ?1", found.stream().map(c -> c.householdId).distinct().toList())
                    .forEach(h -> codes.put(h.id, h.code));
        }
        return found.stream().map(c -> new Found(c, codes.get(c.householdId))).toList();
    }

    public Found get(UUID id) {
        access.requireRole(AccessPolicy.Operation.READ_COMPLAINTS);
        Complaint c = Complaint.<Complaint>findByIdOptional(id).orElseThrow(() -> Complaints.notFound(id));
        access.require(AccessPolicy.Operation.READ_COMPLAINTS, c.communeCode, Complaints.today());
        return new Found(c, Household.<Household>findById(c.householdId).code);
    }
}

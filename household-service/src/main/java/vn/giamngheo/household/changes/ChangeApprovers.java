package vn.giamngheo.household.changes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.web.audit.AuditTrail;

/** The officers a commune's chair designates to answer its change requests besides the chair. */
@ApplicationScoped
@Transactional
public class ChangeApprovers {

    @Inject
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditTrail audit;

    @Schema(name = "ChangeApprover")
    public record Approver(
            @Schema(required = true) String user,
            @Schema(required = true) String designatedBy,
            @Schema(required = true) OffsetDateTime designatedAt) {
    }

    public boolean designated(String commune, String user) {
        return !em.createNativeQuery("SELECT 1 FROM change_approver WHERE commune_code = :c AND user_name = :u")
                .setParameter("c", commune).setParameter("u", user).getResultList().isEmpty();
    }

    public List<Approver> list(String commune) {
        access.require(AccessPolicy.Operation.READ_CHANGES, commune, LocalDate.now(ProposeChanges.VIETNAM));
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                SELECT user_name, designated_by, designated_at FROM change_approver WHERE commune_code = :c
                ORDER BY user_name""", Tuple.class).setParameter("c", commune).getResultList();
        return rows.stream().map(t -> new Approver(t.get(0, String.class), t.get(1, String.class),
                ((java.time.Instant) t.get(2)).atOffset(ZoneOffset.UTC))).toList();
    }

    /** @return whether the officer was not designated before */
    public boolean designate(String commune, String user) {
        LocalDate today = LocalDate.now(ProposeChanges.VIETNAM);
        access.require(AccessPolicy.Operation.DESIGNATE_APPROVERS, commune, today);
        int added = em.createNativeQuery("""
                INSERT INTO change_approver (commune_code, user_name, designated_by, designated_at)
                VALUES (:c, :u, :by, :at) ON CONFLICT DO NOTHING""").setParameter("c", commune).setParameter("u", user)
                .setParameter("by", access.user()).setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        if (added == 1) {
            audit.record("DESIGNATE_APPROVER", "change-approver", commune + "/" + user, commune, today, null,
                    Map.of("user", user));
        }
        return added == 1;
    }

    /** @return whether the officer was designated */
    public boolean withdraw(String commune, String user) {
        LocalDate today = LocalDate.now(ProposeChanges.VIETNAM);
        access.require(AccessPolicy.Operation.DESIGNATE_APPROVERS, commune, today);
        int removed = em.createNativeQuery("DELETE FROM change_approver WHERE commune_code = :c AND user_name = :u")
                .setParameter("c", commune).setParameter("u", user).executeUpdate();
        if (removed == 1) {
            audit.record("WITHDRAW_APPROVER", "change-approver", commune + "/" + user, commune, today,
                    Map.of("user", user), null);
        }
        return removed == 1;
    }
}

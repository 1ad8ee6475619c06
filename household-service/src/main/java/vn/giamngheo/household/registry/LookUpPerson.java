package vn.giamngheo.household.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.giamngheo.household.domain.Household;
import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.problem.ProblemException;

/** Another system finds a person's household by identity number; every look-up is audited with its purpose. */
@ApplicationScoped
@Transactional
public class LookUpPerson {

    @Inject
    AccessPolicy access;

    @Inject
    FindHouseholds households;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The person's household; a number that no registered person has is answered with 404. */
    public HouseholdRecord lookup(String personalId, String purpose) {
        access.require(AccessPolicy.Operation.LOOK_UP_PERSON);
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT household_id FROM household_member WHERE personal_id = :id",
                UUID.class).setParameter("id", personalId).getResultList();
        Household h = ids.isEmpty() ? null : Household.findById(ids.get(0));
        // In a transaction of its own: a look-up that found nobody is recorded too, although its answer is a 404.
        // The number searched and the purpose have fields of their own (the registry's database, like the number).
        QuarkusTransaction.requiringNew().run(() -> audit.record("LOOKUP_BY_PERSONAL_ID", "household",
                h == null ? "none" : h.code, h == null ? access.area() : h.communeCode, LocalDate.now(), null,
                Map.of("found", h != null, "personalId", personalId, "purpose", purpose)));
        if (h == null) {
            throw ProblemException.notFound("No registered person has this identity number.");
        }
        return households.record(h, true);
    }
}

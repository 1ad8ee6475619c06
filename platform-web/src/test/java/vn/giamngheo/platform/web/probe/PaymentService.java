package vn.giamngheo.platform.web.probe;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import vn.giamngheo.platform.events.Topics;
import vn.giamngheo.platform.outbox.Outbox;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;

/** Writes as every service writes: area check, idempotency, the change, its audit entry and its event, in one transaction. */
@ApplicationScoped
@Transactional
public class PaymentService {

    static final long LIMIT_VND = 1_000_000_000L;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    public IdempotencyKeys.Result<PaymentReceipt> record(String key,
            @Valid @jakarta.validation.constraints.NotNull(message = "a JSON body is required") PaymentRequest request) {
        caller.requireWriter(request.communeCode(), request.valueDate());
        return idempotency.once(key, "probe-payments.create", request, 201, PaymentReceipt.class, () -> {
            UUID id = UUID.randomUUID();
            em.createNativeQuery("INSERT INTO probe_payment VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, id).setParameter(2, request.communeCode()).setParameter(3, request.payee())
                    .setParameter(4, request.amountVnd()).setParameter(5, request.fundType().name())
                    .setParameter(6, request.valueDate())
                    .executeUpdate();
            PaymentReceipt receipt = new PaymentReceipt(id, request.communeCode(), request.payee(),
                    request.amountVnd());
            audit.record("CREATE", "probe-payment", id.toString(), request.communeCode(), request.valueDate(), null,
                    receipt);
            outbox.publish(Topics.FUNDING_EVENTS, "probe-payment", id.toString(), "vn.giamngheo.test.payment.v1",
                    receipt);
            // Checked after the writes on purpose: a refusal here must undo all of them.
            if (request.amountVnd() > LIMIT_VND) {
                throw ProblemException.unprocessable("over-limit", "Over the limit",
                        "A payment may not exceed " + LIMIT_VND + " đồng.");
            }
            return receipt;
        });
    }
}

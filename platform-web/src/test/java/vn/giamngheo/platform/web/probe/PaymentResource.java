package vn.giamngheo.platform.web.probe;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;

/** The probe's API: small, delegating to the service that owns the transaction. */
@Path("/api/v1/probe/payments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    PaymentService service;

    @POST
    public Response record(@HeaderParam(IdempotencyKeys.HEADER) String key, PaymentRequest request) {
        IdempotencyKeys.Result<PaymentReceipt> result = service.record(key, request);
        return result.response()
                .build();
    }
}

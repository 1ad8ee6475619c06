package vn.giamngheo.platform.web.probe;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;

/** The probe's API: small, delegating to the service that owns the transaction. */
@Path("/api/v1/probe/payments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    PaymentService service;

    @POST
    @Operation(operationId = "recordPayment", summary = "Record a payment")
    @APIResponse(responseCode = "201", description = "Recorded (or, under the same key, recorded before)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentReceipt.class)))
    @APIResponse(responseCode = "422", description = "The key was used before for another body")
    public Response record(@HeaderParam(IdempotencyKeys.HEADER) String key, PaymentRequest request) {
        IdempotencyKeys.Result<PaymentReceipt> result = service.record(key, request);
        return result.response()
                .build();
    }
}

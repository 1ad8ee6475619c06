package vn.giamngheo.platform.web.probe;

import java.util.UUID;

/** What a recorded payment answers. */
public record PaymentReceipt(UUID id, String communeCode, String payee, long amountVnd) {
}

package vn.giamngheo.funding.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.funding.domain.LedgerEntry;

/** A ledger entry; for a payment, also what of it has been reversed. */
public record LedgerEntryView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID allocationId,
        @Schema(required = true) LedgerEntry.Kind kind,
        @Schema(required = true, description = "Always positive; a reversal gives it back") long amountVnd,
        @Schema(required = true) LocalDate valueDate,
        @Schema(description = "A payment's; null on a reversal") String payee,
        @Schema(description = "The treasury's reference of a payment; null on a reversal") String paymentReference,
        @Schema(description = "The payment a reversal gives back; null on a payment") UUID reversesEntryId,
        @Schema(description = "Why a reversal; null on a payment") String reason,
        @Schema(description = "What of a payment has been reversed; null on a reversal") Long reversedVnd,
        @Schema(required = true) String recordedBy,
        @Schema(required = true) OffsetDateTime recordedAt) {
}

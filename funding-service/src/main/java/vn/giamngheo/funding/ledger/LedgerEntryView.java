package vn.giamngheo.funding.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import vn.giamngheo.funding.domain.LedgerEntry;

/** A ledger entry; for a payment, also what of it has been reversed. */
public record LedgerEntryView(UUID id, UUID allocationId, LedgerEntry.Kind kind, long amountVnd, LocalDate valueDate,
        String payee, String paymentReference, UUID reversesEntryId, String reason, Long reversedVnd,
        String recordedBy, OffsetDateTime recordedAt) {
}

package vn.giamngheo.funding.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An entry of the disbursement ledger: a payment, or a reversal that gives back (part of) a payment. Entries are
 * appended and never changed; the database refuses updates and deletes.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    /** A payment from an allocation, or the reversal of one. */
    @Schema(name = "LedgerEntryKind")
    public enum Kind {
        DISBURSEMENT, REVERSAL
    }

    @Id
    public UUID id;

    @Column(name = "allocation_id")
    public UUID allocationId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "amount_vnd")
    public long amountVnd;

    @Column(name = "value_date")
    public LocalDate valueDate;

    public String payee;

    @Column(name = "payment_reference")
    public String paymentReference;

    @Column(name = "reverses_entry_id")
    public UUID reversesEntryId;

    public String reason;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    /** A new entry, to be persisted once its kind's own fields are set. */
    public static LedgerEntry of(UUID allocationId, Kind kind, long amountVnd, LocalDate valueDate, String recordedBy,
            OffsetDateTime recordedAt) {
        LedgerEntry e = new LedgerEntry();
        e.id = UUID.randomUUID();
        e.allocationId = allocationId;
        e.kind = kind;
        e.amountVnd = amountVnd;
        e.valueDate = valueDate;
        e.recordedBy = recordedBy;
        e.recordedAt = recordedAt;
        return e;
    }

    /** The entry's effect on the amount disbursed: a payment adds, a reversal takes back. */
    public long signedVnd() {
        return kind == Kind.DISBURSEMENT ? amountVnd : -amountVnd;
    }

    public static List<LedgerEntry> ofAllocation(UUID allocationId) {
        return list("allocationId = ?1 order by recordedAt, id", allocationId);
    }

    /** What has already been given back of a payment. */
    public static long reversedOf(UUID disbursementId) {
        return find("reversesEntryId = ?1", disbursementId).<LedgerEntry>list().stream()
                .mapToLong(e -> e.amountVnd).sum();
    }
}

package vn.giamngheo.funding.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Capital assigned from a budget line to an implementing unit for a year, by a decision (kế hoạch vốn giao).
 * {@code disbursedVnd} is the ledger's net sum, kept in the same transaction as each entry.
 */
@Entity
@Table(name = "allocation")
public class Allocation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "line_key")
    public String lineKey;

    @Column(name = "implementing_unit")
    public String implementingUnit;

    @Column(name = "implementing_area_code")
    public String implementingAreaCode;

    public int year;

    @Column(name = "amount_vnd")
    public long amountVnd;

    @Column(name = "disbursed_vnd")
    public long disbursedVnd;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Version
    public int version;

    public long remainingVnd() {
        return amountVnd - disbursedVnd;
    }

    /** The allocation, locked until the end of the transaction: payments against it queue up here. */
    public static Optional<Allocation> locked(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }
}

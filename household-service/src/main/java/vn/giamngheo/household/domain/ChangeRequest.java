package vn.giamngheo.household.domain;

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
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A change to a household proposed by a commune officer: nothing in the registry changes until the commune's chair
 * (or an officer the chair designated) approves it, and for a move to another commune until that commune accepts it.
 */
@Entity
@Table(name = "change_request")
public class ChangeRequest extends PanacheEntityBase {

    public enum Status {
        PROPOSED, AWAITING_DESTINATION, APPLIED, REJECTED
    }

    @Id
    public UUID id;

    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "commune_code")
    public String communeCode;

    @Enumerated(EnumType.STRING)
    public ChangeKind kind;

    public String reason;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    /** The proposal as sent, as JSON: personal data, for the roles that see it. */
    public String proposal;

    @Column(name = "household_version")
    public int householdVersion;

    @Column(name = "destination_commune")
    public String destinationCommune;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "proposed_by")
    public String proposedBy;

    @Column(name = "proposed_at")
    public OffsetDateTime proposedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "rejected_by")
    public String rejectedBy;

    @Column(name = "rejected_at")
    public OffsetDateTime rejectedAt;

    @Column(name = "answer_reason")
    public String answerReason;

    /** What applying it did, as JSON: the previous values of a corrected member, the new household of a split… */
    public String outcome;

    @Version
    public int version;

    public static List<ChangeRequest> ofHousehold(UUID householdId) {
        return list("householdId = ?1 order by proposedAt", householdId);
    }
}

package vn.giamngheo.household.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.giamngheo.platform.events.payload.PovertyStatus;

/**
 * A complaint about how a decided round recognised a household, from the household or anyone named in the posting:
 * recorded with the day it must be answered by, assigned, re-checked by a re-survey, answered by the chair.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends PanacheEntityBase {

    public enum Status {
        RECEIVED, ASSIGNED, RESURVEYED, UPHELD, DISMISSED;

        public boolean answered() {
            return this == UPHELD || this == DISMISSED;
        }
    }

    @Id
    public UUID id;

    @Column(name = "round_id")
    public UUID roundId;

    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "complainant_name")
    public String complainantName;

    @Column(name = "complainant_relation")
    public String complainantRelation;

    public String ground;

    @Enumerated(EnumType.STRING)
    @Column(name = "claimed_status")
    public PovertyStatus claimedStatus;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "lodge_deadline")
    public LocalDate lodgeDeadline;

    public boolean complex;

    @Column(name = "answer_due")
    public LocalDate answerDue;

    @Column(name = "period_source")
    public String periodSource;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "assigned_to")
    public String assignedTo;

    @Column(name = "assigned_by")
    public String assignedBy;

    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;

    /** The re-survey's answers, as JSON. */
    public String resurvey;

    @Column(name = "resurvey_date")
    public LocalDate resurveyDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "resurvey_status")
    public PovertyStatus resurveyStatus;

    @Column(name = "resurvey_explanation")
    public String resurveyExplanation;

    @Column(name = "resurveyed_by")
    public String resurveyedBy;

    @Column(name = "resurveyed_at")
    public OffsetDateTime resurveyedAt;

    public String answer;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    /** Whether the upheld complaint changed the household's class. */
    public Boolean corrected;

    @Version
    public int version;
}

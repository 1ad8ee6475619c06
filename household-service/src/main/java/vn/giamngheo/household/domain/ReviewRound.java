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
import vn.giamngheo.platform.events.payload.ReviewRoundKind;
import vn.giamngheo.platform.refdata.AreaType;

/**
 * A commune's review round: the periodic one (1 September – 14 December, producing next year's list) or a monthly
 * regular one (for its own year), closed by the chair's recognition decision.
 */
@Entity
@Table(name = "review_round")
public class ReviewRound extends PanacheEntityBase {

    /** Open for reviews, or decided by the chair. */
    public enum Status {
        OPEN, DECIDED
    }

    @Id
    public UUID id;

    @Column(name = "commune_code")
    public String communeCode;

    @Enumerated(EnumType.STRING)
    public ReviewRoundKind kind;

    @Column(name = "held_year")
    public int heldYear;

    public Integer month;

    @Column(name = "list_year")
    public int listYear;

    @Column(name = "standard_code")
    public String standardCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_type")
    public AreaType areaType;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Version
    public int version;

    /** The days on which this round's surveys may be held. */
    public RoundPeriod period() {
        return RoundPeriod.of(kind, heldYear, month);
    }

    public LocalDate firstDay() {
        return period().firstDay();
    }

    public LocalDate lastDay() {
        return period().lastDay();
    }
}

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.giamngheo.platform.events.payload.ChangeCause;
import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.events.payload.ReviewRoundKind;
import vn.giamngheo.platform.refdata.AreaType;

/**
 * One step of a household's status history: a decision (a round's, or an approved request's), what it changed, and the
 * movement it counts as.
 */
@Entity
@Table(name = "status_change")
public class StatusChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "list_year")
    public int listYear;

    @Column(name = "round_id")
    public UUID roundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "round_kind")
    public ReviewRoundKind roundKind;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "standard_code")
    public String standardCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_type")
    public AreaType areaType;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "district_code")
    public String districtCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before")
    public PovertyStatus statusBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after")
    public PovertyStatus statusAfter;

    @Enumerated(EnumType.STRING)
    public MovementKind movement;

    /** A round of some kind, or a request between reviews. */
    @Enumerated(EnumType.STRING)
    public ChangeCause cause;

    /** The approved request that made the change; null for a round's. */
    @Column(name = "change_request")
    public UUID changeRequest;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static List<StatusChange> ofHousehold(UUID householdId) {
        return list("householdId = ?1 order by decisionDate, createdAt", householdId);
    }
}

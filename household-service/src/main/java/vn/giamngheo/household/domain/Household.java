package vn.giamngheo.household.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
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
import vn.giamngheo.platform.refdata.AreaType;

/** A household of the registry, with its recognised status. Its {@code code} is what the outside world sees. */
@Entity
@Table(name = "household")
public class Household extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;

    @Column(name = "commune_code")
    public String communeCode;

    public String village;

    @Column(name = "head_name")
    public String headName;

    @Column(name = "ethnic_minority")
    public boolean ethnicMinority;

    @Column(name = "member_count")
    public int memberCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_status")
    public PovertyStatus currentStatus;

    @Column(name = "current_list_year")
    public Integer currentListYear;

    /** Whether it was ever on a poor or near-poor list: a return to it is then re-entry, not new. */
    @Column(name = "ever_listed")
    public boolean everListed;

    /** The area type its status was last decided under: the 2025 reform changed some communes' type. */
    @Enumerated(EnumType.STRING)
    @Column(name = "last_area_type")
    public AreaType lastAreaType;

    /**
     * The standing last published for it in the deprivation structure, as the event's JSON; the next one published
     * takes it out of the counts. Null until a recognised review published one.
     */
    @Column(name = "counted_standing")
    public String countedStanding;

    /** The day it ceased to exist as such (dissolved, merged into another, left the province); null while it does. */
    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "closed_reason")
    public String closedReason;

    /**
     * Since when a change (a split, a merge, a member more or less) makes it due for the regular review, which decides
     * its class; null when none is pending.
     */
    @Column(name = "review_due_since")
    public LocalDate reviewDueSince;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public int version;

    public static Optional<Household> byCode(String code) {
        return find("code", code).firstResultOptional();
    }
}

package vn.giamngheo.funding.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;
import vn.giamngheo.platform.refdata.AdministrativeUnits;

/**
 * A budget line of an approved plan, as the latest approved version states it, with what has been allocated
 * from it. Learned from plan events; never written by this service's users.
 */
@Entity
@Table(name = "budget_line")
@IdClass(BudgetLine.Key.class)
public class BudgetLine extends PanacheEntityBase {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Id
    @Column(name = "line_key")
    public String lineKey;

    @Column(name = "plan_key")
    public String planKey;

    @Column(name = "plan_unit_code")
    public String planUnitCode;

    public int year;

    @Column(name = "plan_version")
    public int planVersion;

    @Column(name = "project_code")
    public String projectCode;

    @Column(name = "sub_project_code")
    public String subProjectCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "fund_type")
    public FundType fundType;

    @Enumerated(EnumType.STRING)
    @Column(name = "fund_source")
    public FundSource fundSource;

    @Column(name = "proposed_vnd")
    public long proposedVnd;

    @Column(name = "allocated_vnd")
    public long allocatedVnd;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** What can still be allocated; negative when a revision lowered the line below its allocations. */
    public long unallocatedVnd() {
        return proposedVnd - allocatedVnd;
    }

    /** The line an allocation was made from. */
    public static BudgetLine of(UUID planId, String lineKey) {
        return find("planId = ?1 and lineKey = ?2", planId, lineKey).firstResult();
    }

    /** The line, locked until the end of the transaction: allocations from it queue up here. */
    public static Optional<BudgetLine> locked(UUID planId, String lineKey) {
        return find("planId = ?1 and lineKey = ?2", planId, lineKey).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public static List<BudgetLine> ofPlan(UUID planId) {
        return list("planId = ?1 order by lineKey", planId);
    }

    public static List<BudgetLine> ofYear(Integer year) {
        return year == null ? list("order by planUnitCode, year, lineKey")
                : list("year = ?1 order by planUnitCode, lineKey", year);
    }

    /** The lines of the plans of units within the area (of a year, or of every year), none without an area. */
    public static List<BudgetLine> within(String area, Integer year) {
        // Judged on 1 January of each plan's year: a code may name other land before and after the 2025 reform.
        return ofYear(year).stream().filter(l -> area != null
                && AdministrativeUnits.get().isWithin(l.planUnitCode, area, LocalDate.of(l.year, 1, 1))).toList();
    }

    /** The composite identity: plan and line key. */
    public static class Key implements Serializable {
        public UUID planId;
        public String lineKey;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(planId, k.planId) && Objects.equals(lineKey, k.lineKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(planId, lineKey);
        }
    }
}

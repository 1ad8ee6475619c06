package vn.giamngheo.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A lead agency's report of work done against an output indicator: this report's quantity, not a running total. */
@Entity
@Table(name = "indicator_progress")
public class IndicatorProgress extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "indicator_key")
    public String indicatorKey;

    public BigDecimal quantity;

    @Column(name = "reported_on")
    public LocalDate reportedOn;

    public String note;

    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static List<IndicatorProgress> ofPlan(UUID planId) {
        return list("planId = ?1 order by reportedOn, createdAt", planId);
    }
}

package vn.giamngheo.plan.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A unit's annual plan: one per administrative unit and year, whatever its versions. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_code")
    public String unitCode;

    public int year;

    @Column(name = "latest_version")
    public int latestVersion;

    @Column(name = "approved_version")
    public Integer approvedVersion;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public static Optional<Plan> forUnitAndYear(String unitCode, int year) {
        return find("unitCode = ?1 and year = ?2", unitCode, year).firstResultOptional();
    }

    public static List<Plan> ofYear(Integer year) {
        return year == null ? list("order by year desc, unitCode") : list("year = ?1 order by unitCode", year);
    }
}

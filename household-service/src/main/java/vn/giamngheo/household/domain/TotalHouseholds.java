package vn.giamngheo.household.domain;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The total resident households a commune reported for a year: the denominator of its rates. */
@Entity
@Table(name = "total_households")
@IdClass(TotalHouseholds.Key.class)
public class TotalHouseholds extends PanacheEntityBase {

    @Id
    @Column(name = "commune_code")
    @Schema(required = true)
    public String communeCode;

    @Id
    @Schema(required = true)
    public int year;

    @Schema(required = true)
    public long total;

    @Column(name = "ethnic_minority")
    @Schema(description = "null when the commune did not report it")
    public Long ethnicMinority;

    @Column(name = "reported_by")
    @Schema(required = true)
    public String reportedBy;

    @Column(name = "reported_at")
    @Schema(required = true)
    public OffsetDateTime reportedAt;

    /** The composite identity: commune and year. */
    public static class Key implements Serializable {
        public String communeCode;
        public int year;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(communeCode, k.communeCode) && year == k.year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(communeCode, year);
        }
    }
}

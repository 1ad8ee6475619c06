package vn.giamngheo.plan.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;

/** A budget line of a plan version, at the lowest level the document gives. */
@Entity
@Table(name = "plan_budget_line")
@IdClass(PlanBudgetLine.Key.class)
public class PlanBudgetLine extends PanacheEntityBase {

    @Id
    @Column(name = "plan_version_id")
    public UUID planVersionId;

    @Id
    @Column(name = "line_key")
    public String lineKey;

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

    @Column(name = "amount_vnd")
    public long amountVnd;

    public static List<PlanBudgetLine> ofVersion(UUID planVersionId) {
        return list("planVersionId = ?1 order by lineKey", planVersionId);
    }

    /** The composite identity: version and line key. */
    public static class Key implements Serializable {
        public UUID planVersionId;
        public String lineKey;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(planVersionId, k.planVersionId)
                    && Objects.equals(lineKey, k.lineKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(planVersionId, lineKey);
        }
    }
}

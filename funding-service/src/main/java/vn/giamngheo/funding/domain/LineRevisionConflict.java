package vn.giamngheo.funding.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A plan revision lowered a line below what was already allocated from it: for the finance office to resolve. */
@Entity
@Table(name = "line_revision_conflict")
public class LineRevisionConflict extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "line_key")
    public String lineKey;

    @Column(name = "plan_version")
    public int planVersion;

    @Column(name = "previous_vnd")
    public long previousVnd;

    @Column(name = "revised_vnd")
    public long revisedVnd;

    @Column(name = "allocated_vnd")
    public long allocatedVnd;

    @Column(name = "detected_at")
    public OffsetDateTime detectedAt;

    /** A conflict found now, between a line's revised amount and what is already allocated from it. */
    public static LineRevisionConflict of(UUID planId, String lineKey, int planVersion, long previousVnd,
            long revisedVnd, long allocatedVnd, OffsetDateTime detectedAt) {
        LineRevisionConflict c = new LineRevisionConflict();
        c.id = UUID.randomUUID();
        c.planId = planId;
        c.lineKey = lineKey;
        c.planVersion = planVersion;
        c.previousVnd = previousVnd;
        c.revisedVnd = revisedVnd;
        c.allocatedVnd = allocatedVnd;
        c.detectedAt = detectedAt;
        return c;
    }

    public static List<LineRevisionConflict> ofPlan(UUID planId) {
        return list("planId = ?1 order by detectedAt", planId);
    }
}

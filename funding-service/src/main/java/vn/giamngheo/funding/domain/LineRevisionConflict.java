package vn.giamngheo.funding.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A plan revision lowered a line below what was already allocated from it: for the finance office to resolve. */
@Entity
@Table(name = "line_revision_conflict")
public class LineRevisionConflict extends PanacheEntityBase {

    @Id
    @Schema(required = true)
    public UUID id;

    @Column(name = "plan_id")
    @Schema(required = true)
    public UUID planId;

    @Column(name = "line_key")
    @Schema(required = true)
    public String lineKey;

    @Column(name = "plan_version")
    @Schema(required = true, description = "The approved version that lowered the line")
    public int planVersion;

    @Column(name = "previous_vnd")
    @Schema(required = true, description = "The line's amount before the revision")
    public long previousVnd;

    @Column(name = "revised_vnd")
    @Schema(required = true, description = "The line's amount after it")
    public long revisedVnd;

    @Column(name = "allocated_vnd")
    @Schema(required = true, description = "What was already allocated from the line")
    public long allocatedVnd;

    @Column(name = "detected_at")
    @Schema(required = true)
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

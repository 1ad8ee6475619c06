package vn.giamngheo.plan.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of a plan: its document as stated, its findings, and its place in the workflow. A lost update is a
 * conflict, not a silent overwrite ({@code lockVersion}, exposed as the ETag).
 */
@Entity
@Table(name = "plan_version")
public class PlanVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    public int version;

    @Enumerated(EnumType.STRING)
    public PlanStatus status;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String document;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String findings;

    @Column(name = "error_count")
    public int errorCount;

    @Column(name = "warning_count")
    public int warningCount;

    @Column(name = "total_vnd")
    public long totalVnd;

    @Column(name = "revision_reason")
    public String revisionReason;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approval_date")
    public LocalDate approvalDate;

    public String acknowledgement;

    @Version
    @Column(name = "lock_version")
    public int lockVersion;

    public static Optional<PlanVersion> of(UUID planId, int version) {
        return find("planId = ?1 and version = ?2", planId, version).firstResultOptional();
    }

    public static List<PlanVersion> allOf(UUID planId) {
        return list("planId = ?1 order by version", planId);
    }

    /** The entity tag a client echoes in If-Match to change this version. */
    public String etag() {
        return "\"" + version + "." + lockVersion + "\"";
    }
}

package vn.giamngheo.household.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.giamngheo.household.domain.ChangeKind;
import vn.giamngheo.platform.events.payload.ChangeCause;
import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.PovertyStatus;

/**
 * A household as a role may see it: with its head and members for the officers who need them, and without any
 * personal data (null fields are left out) for other systems and auditors.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HouseholdView(@Schema(required = true) String code,
        @Schema(required = true) String communeCode,
        @Schema(description = "Only for the roles that see personal data") String village,
        @Schema(required = true) PovertyStatus status,
        @Schema(required = true) String statusLabel,
        @Schema(description = "The year of the list its status belongs to; none before it is on a recognised list")
        Integer listYear,
        @Schema(required = true) boolean ethnicMinority,
        @Schema(required = true) int memberCount,
        @Schema(description = "Only for the roles that see personal data") String headName,
        @Schema(description = "Only for the roles that see personal data") List<MemberView> members,
        @Schema(description = "Only when one household is read") List<HistoryEntry> history,
        @Schema(required = true, description = "Changes with every write to the household")
        int version,
        LocalDate closedOn, String closedReason,
        @Schema(description = "Set when a change made the household due for the regular review")
        LocalDate reviewDueSince,
        @Schema(description = "Only when one household is read") List<ChangeEntry> changes) {

    /** A member, for the roles that may see personal data; the id names them in a change request. */
    @Schema(name = "HouseholdMember")
    public record MemberView(@Schema(required = true) UUID id,
            @Schema(required = true) String fullName,
            @Schema(required = true) int birthYear,
            @Schema(required = true, enumeration = { "MALE", "FEMALE" }) String sex,
            @Schema(required = true) String ethnicity,
            @Schema(required = true,
                    enumeration = { "HEAD", "SPOUSE", "CHILD", "PARENT", "GRANDCHILD", "OTHER" }) String relation,
            @Schema(required = true) boolean disability,
            @Schema(required = true) boolean healthInsurance,
            @Schema(description = "The 12 digits of the citizen identity card, where known") String personalId) {
    }

    /**
     * A step of the status history: a round's decision ({@code roundKind}), or an approved change between reviews
     * ({@code changeRequest}); {@code cause} says which.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "StatusHistoryEntry")
    public record HistoryEntry(@Schema(required = true) int listYear,
            @Schema(enumeration = { "OPENING_BALANCE", "PERIODIC", "REGULAR" },
                    description = "none for a change between reviews")
            String roundKind, String decisionNumber,
            @Schema(required = true) LocalDate decisionDate,
            @Schema(required = true) String standardCode,
            @Schema(description = "none for a household's first status") PovertyStatus statusBefore,
            @Schema(required = true) PovertyStatus statusAfter,
            @Schema(required = true) MovementKind movement,
            @Schema(required = true) String communeCode,
            @Schema(required = true) ChangeCause cause, UUID changeRequest) {
    }

    /** A change proposed for the household between reviews, and where its answer stands. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HouseholdChangeEntry")
    public record ChangeEntry(@Schema(required = true) UUID id,
            @Schema(required = true) ChangeKind kind,
            @Schema(required = true) String kindLabel,
            @Schema(required = true) String reason,
            @Schema(required = true) LocalDate effectiveDate,
            @Schema(required = true,
                    enumeration = { "PROPOSED", "AWAITING_DESTINATION", "APPLIED", "REJECTED" }) String status,
            LocalDate decisionDate, @Schema(required = true) String proposedBy,
            String answeredBy) {
    }
}

package vn.giamngheo.household.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
public record HouseholdView(String code, String communeCode, String village, PovertyStatus status, String statusLabel,
        Integer listYear, boolean ethnicMinority, int memberCount, String headName, List<MemberView> members,
        List<HistoryEntry> history, int version, LocalDate closedOn, String closedReason, LocalDate reviewDueSince,
        List<ChangeEntry> changes) {

    /** A member, for the roles that may see personal data; the id names them in a change request. */
    public record MemberView(UUID id, String fullName, int birthYear, String sex, String ethnicity, String relation,
            boolean disability, boolean healthInsurance, String personalId) {
    }

    /**
     * A step of the status history: a round's decision ({@code roundKind}), or an approved change between reviews
     * ({@code changeRequest}); {@code cause} says which.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryEntry(int listYear, String roundKind, String decisionNumber, LocalDate decisionDate,
            String standardCode, PovertyStatus statusBefore, PovertyStatus statusAfter, MovementKind movement,
            String communeCode, ChangeCause cause, UUID changeRequest) {
    }

    /** A change proposed for the household between reviews, and where its answer stands. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangeEntry(UUID id, ChangeKind kind, String kindLabel, String reason, LocalDate effectiveDate,
            String status, LocalDate decisionDate, String proposedBy, String answeredBy) {
    }
}

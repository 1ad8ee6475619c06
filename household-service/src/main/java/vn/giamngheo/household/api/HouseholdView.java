package vn.giamngheo.household.api;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.PovertyStatus;

/**
 * A household as a role may see it: with its head and members for the officers who need them, and without any
 * personal data (null fields are left out) for other systems and auditors.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HouseholdView(String code, String communeCode, String village, PovertyStatus status, String statusLabel,
        Integer listYear, boolean ethnicMinority, int memberCount, String headName, List<MemberView> members,
        List<HistoryEntry> history) {

    /** A member, for the roles that may see personal data. */
    public record MemberView(String fullName, int birthYear, String sex, String ethnicity, String relation,
            boolean disability, boolean healthInsurance, String personalId) {
    }

    /** A step of the status history. */
    public record HistoryEntry(int listYear, String roundKind, String decisionNumber, LocalDate decisionDate,
            String standardCode, PovertyStatus statusBefore, PovertyStatus statusAfter, MovementKind movement) {
    }
}

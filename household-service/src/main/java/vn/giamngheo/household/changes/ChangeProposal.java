package vn.giamngheo.household.changes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.giamngheo.household.registry.HouseholdInput;

/**
 * A change a commune officer proposes for a household, against the version of the household the officer read. Which
 * fields it needs depends on its kind: {@code member} for MEMBER_ADDED; {@code memberId} for MEMBER_REMOVED (with
 * {@code newHeadMemberId} when the head leaves) and MEMBER_CORRECTED (with {@code correction}); {@code split} for
 * SPLIT; {@code mergeInto} for MERGE; {@code destination} for TRANSFER.
 */
public record ChangeProposal(
        @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String householdCode,
        @NotNull(message = "is required: the version of the household you read (GET /api/v1/households/{code})") Integer householdVersion,
        @NotNull(message = "is required: MEMBER_ADDED, MEMBER_REMOVED, MEMBER_CORRECTED, SPLIT, MERGE, DISSOLVE, TRANSFER or LEAVE_PROVINCE") @Pattern(regexp = "MEMBER_ADDED|MEMBER_REMOVED|MEMBER_CORRECTED|SPLIT|MERGE|DISSOLVE|TRANSFER|LEAVE_PROVINCE", message = "must be MEMBER_ADDED, MEMBER_REMOVED, MEMBER_CORRECTED, SPLIT, MERGE, DISSOLVE, TRANSFER or LEAVE_PROVINCE") String kind,
        @NotBlank(message = "is required, e.g. BIRTH, DEATH, MOVED") @Size(max = 30, message = "must be at most 30 characters") String reason,
        @NotNull(message = "is required: the day it happened") LocalDate effectiveDate,
        @Size(max = 1000, message = "must be at most 1000 characters") String note,
        @Valid HouseholdInput.MemberInput member,
        UUID memberId,
        UUID newHeadMemberId,
        @Valid Correction correction,
        @Valid Split split,
        @Size(max = 40, message = "must be at most 40 characters") String mergeInto,
        @Valid Destination destination) {

    /** New values for a member's personal data; the fields left out keep theirs. */
    @Schema(name = "MemberCorrection")
    public record Correction(
            @Size(min = 1, max = 200, message = "must be 1 to 200 characters") String fullName,
            @Min(value = 1900, message = "must be 1900 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer birthYear,
            @Pattern(regexp = "MALE|FEMALE", message = "must be MALE or FEMALE") String sex,
            @Size(min = 1, max = 50, message = "must be 1 to 50 characters") String ethnicity,
            @Pattern(regexp = "SPOUSE|CHILD|PARENT|GRANDCHILD|OTHER", message = "must be SPOUSE, CHILD, PARENT, GRANDCHILD or OTHER (the head changes when the head leaves)") String relation,
            Boolean disability,
            Boolean healthInsurance,
            @Pattern(regexp = "\\d{12}", message = "must be the 12 digits of the citizen identity card") String personalId) {

        @JsonIgnore
        public boolean isEmpty() {
            return fullName == null && birthYear == null && sex == null && ethnicity == null && relation == null
                    && disability == null && healthInsurance == null && personalId == null;
        }
    }

    /** The members who leave to form a household of their own, its head among them, and its village. */
    @Schema(name = "HouseholdSplit")
    public record Split(
            @NotEmpty(message = "must name the members who leave") @Size(max = 50, message = "must be at most 50 members") List<@NotNull(message = "must not be null") UUID> memberIds,
            @NotNull(message = "is required: the head of the new household, one of the members who leave") UUID headMemberId,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String village) {
    }

    /** The commune of the province the household moves to, and its village there. */
    @Schema(name = "MoveDestination")
    public record Destination(
            @NotNull(message = "is required") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String communeCode,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String village) {
    }
}

package vn.giamngheo.household.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import vn.giamngheo.household.changes.ChangeProposal;
import vn.giamngheo.household.domain.ChangeKind;

/**
 * A change request and each step of its answer; {@code proposal} is what the officer sent and {@code outcome} what
 * applying it did (a corrected member's previous values, the new household of a split, the communes of a move).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeRequestView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String householdCode,
        @Schema(required = true, description = "The commune the household belonged to when the"
                + " change was proposed: its chair answers") String communeCode,
        @Schema(required = true) ChangeKind kind,
        @Schema(required = true, description = "The kind as the commune's forms name it")
        String kindLabel,
        @Schema(required = true) String reason,
        @Schema(required = true) LocalDate effectiveDate,
        @Schema(required = true, enumeration = { "PROPOSED", "AWAITING_DESTINATION", "APPLIED",
            "REJECTED" }) String status,
        @Schema(description = "The commune a household moves to (TRANSFER)") String destinationCommune,
        @Schema(required = true, implementation = ChangeProposal.class) JsonNode proposal,
        @Schema(required = true) String proposedBy,
        @Schema(required = true) OffsetDateTime proposedAt,
        String approvedBy, OffsetDateTime approvedAt,
        String decisionNumber, LocalDate decisionDate,
        @Schema(description = "Who accepted a move for the destination commune") String acceptedBy,
        OffsetDateTime acceptedAt,
        String rejectedBy, OffsetDateTime rejectedAt,
        @Schema(description = "Why it was rejected") String answerReason,
        @Schema(description = "What applying it did: a removed member, a corrected member before and after, the new"
                + " household of a split, the communes of a move") JsonNode outcome) {
}

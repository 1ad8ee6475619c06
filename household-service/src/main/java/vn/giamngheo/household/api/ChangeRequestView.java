package vn.giamngheo.household.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import vn.giamngheo.household.domain.ChangeKind;

/**
 * A change request and each step of its answer; {@code proposal} is what the officer sent and {@code outcome} what
 * applying it did (a corrected member's previous values, the new household of a split, the communes of a move).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeRequestView(UUID id, String householdCode, String communeCode, ChangeKind kind, String kindLabel,
        String reason, LocalDate effectiveDate, String status, String destinationCommune, JsonNode proposal,
        String proposedBy, OffsetDateTime proposedAt, String approvedBy, OffsetDateTime approvedAt,
        String decisionNumber, LocalDate decisionDate, String acceptedBy, OffsetDateTime acceptedAt,
        String rejectedBy, OffsetDateTime rejectedAt, String answerReason, JsonNode outcome) {
}

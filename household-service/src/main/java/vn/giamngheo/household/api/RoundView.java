package vn.giamngheo.household.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.platform.events.payload.ReviewRoundKind;
import vn.giamngheo.platform.refdata.AreaType;

/** A review round: what list it produces, under which standard and area type, and where its reviews stand. */
public record RoundView(@Schema(required = true) UUID id,
        @Schema(required = true) String communeCode,
        @Schema(description = "The commune's name on the round's first day") String communeName,
        @Schema(required = true) ReviewRoundKind kind,
        @Schema(required = true) int heldYear,
        @Schema(description = "The month of a regular round") Integer month,
        @Schema(required = true) int listYear,
        @Schema(required = true) String standardCode,
        @Schema(required = true) AreaType areaType,
        @Schema(required = true, enumeration = { "OPEN", "DECIDED" }) String status,
        @Schema(required = true) LocalDate firstDay,
        @Schema(required = true) LocalDate lastDay,
        String decisionNumber, LocalDate decisionDate, String decidedBy,
        @Schema(required = true, description = "Reviews by status (SUBMITTED, APPROVED, RETURNED)")
        Map<String, Long> reviewsByStatus) {
}

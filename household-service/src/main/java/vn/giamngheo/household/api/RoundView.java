package vn.giamngheo.household.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import vn.giamngheo.platform.events.payload.ReviewRoundKind;
import vn.giamngheo.platform.refdata.AreaType;

/** A review round: what list it produces, under which standard and area type, and where its reviews stand. */
public record RoundView(UUID id, String communeCode, String communeName, ReviewRoundKind kind, int heldYear,
        Integer month, int listYear, String standardCode, AreaType areaType, String status, LocalDate firstDay,
        LocalDate lastDay, String decisionNumber, LocalDate decisionDate, String decidedBy,
        Map<String, Long> reviewsByStatus) {
}

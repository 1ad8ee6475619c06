package vn.giamngheo.household.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.giamngheo.platform.events.payload.PovertyStatus;

/**
 * A complaint and where it stands: its deadlines and their legal source, whether its answer is overdue, the
 * re-survey's class, and the chair's answer (and whether it changed the household's class).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplaintView(UUID id, UUID roundId, String householdCode, String communeCode, String complainantName,
        String complainantRelation, String ground, PovertyStatus claimedStatus, LocalDate receivedOn,
        LocalDate lodgeDeadline, boolean complex, LocalDate answerDue, boolean overdue, String periodSource,
        String status, String recordedBy, String assignedTo, LocalDate resurveyDate, PovertyStatus resurveyStatus,
        String resurveyExplanation, String answer, String decisionNumber, LocalDate decisionDate, String answeredBy,
        Boolean corrected) {
}

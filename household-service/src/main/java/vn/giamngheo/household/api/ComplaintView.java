package vn.giamngheo.household.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.giamngheo.platform.events.payload.PovertyStatus;

/**
 * A complaint and where it stands: its deadlines and their legal source, whether its answer is overdue, the
 * re-survey's class, and the chair's answer (and whether it changed the household's class).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplaintView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID roundId,
        @Schema(required = true) String householdCode,
        @Schema(required = true) String communeCode,
        @Schema(required = true) String complainantName,
        @Schema(required = true, enumeration = { "HOUSEHOLD", "OTHER_RESIDENT" })
        String complainantRelation,
        @Schema(required = true) String ground,
        PovertyStatus claimedStatus,
        @Schema(required = true) LocalDate receivedOn,
        @Schema(required = true, description = "The last day the complaint could be lodged")
        LocalDate lodgeDeadline,
        @Schema(required = true) boolean complex,
        @Schema(required = true) LocalDate answerDue,
        @Schema(required = true, description = "Not answered, and its answer due before today")
        boolean overdue,
        @Schema(required = true, description = "The law the two periods come from")
        String periodSource,
        @Schema(required = true, enumeration = { "RECEIVED", "ASSIGNED", "RESURVEYED", "UPHELD",
            "DISMISSED" }) String status,
        @Schema(required = true) String recordedBy,
        String assignedTo, LocalDate resurveyDate, PovertyStatus resurveyStatus, String resurveyExplanation,
        String answer, String decisionNumber, LocalDate decisionDate, String answeredBy,
        @Schema(description = "When answered: whether the answer changed the household's class") Boolean corrected) {
}

package vn.giamngheo.funding.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.funding.domain.Ratio;
import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;

/** An allocation with its line, its balance and its ledger. */
public record AllocationView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID planId,
        @Schema(required = true) String lineKey,
        @Schema(required = true) String projectCode,
        @Schema(description = "Null for a line of the project as a whole") String subProjectCode,
        @Schema(required = true) FundType fundType,
        @Schema(required = true) FundSource fundSource,
        @Schema(required = true) String planUnitCode,
        @Schema(required = true) String implementingUnit,
        @Schema(required = true) String implementingAreaCode,
        @Schema(required = true) int year,
        @Schema(required = true) long amountVnd,
        @Schema(required = true, description = "Payments less their reversals") long disbursedVnd,
        @Schema(required = true) long remainingVnd,
        @Schema(required = true, description = "Disbursed ÷ assigned") Ratio disbursementRate,
        @Schema(required = true) String decisionNumber,
        @Schema(required = true) LocalDate decisionDate,
        @Schema(required = true) String recordedBy,
        @Schema(required = true) OffsetDateTime recordedAt,
        @Schema(required = true, description = "Payments and reversals, in the order recorded") List<LedgerEntryView> ledger) {
}

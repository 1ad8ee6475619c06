package vn.giamngheo.funding.ledger;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;

/**
 * A budget line with its money: proposed by the latest approved plan, allocated, disbursed; and by how much a
 * revision left it over-allocated, if it did.
 */
public record BudgetLineView(
        @Schema(required = true) UUID planId,
        @Schema(required = true) String lineKey,
        @Schema(required = true) String planUnitCode,
        @Schema(required = true) int year,
        @Schema(required = true, description = "The approved version the line is taken from") int planVersion,
        @Schema(required = true) String projectCode,
        @Schema(description = "Null for a line of the project as a whole") String subProjectCode,
        @Schema(required = true) FundType fundType,
        @Schema(required = true) FundSource fundSource,
        @Schema(required = true) long proposedVnd,
        @Schema(required = true) long allocatedVnd,
        @Schema(required = true) long disbursedVnd,
        @Schema(required = true) long unallocatedVnd,
        @Schema(required = true, description = "Allocated beyond what a revision left proposed; 0 when not") long overAllocatedVnd) {
}

package vn.giamngheo.funding.ledger;

import java.util.UUID;

import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;

/**
 * A budget line with its money: proposed by the latest approved plan, allocated, disbursed; and by how much a
 * revision left it over-allocated, if it did.
 */
public record BudgetLineView(UUID planId, String lineKey, String planUnitCode, int year, int planVersion,
        String projectCode, String subProjectCode, FundType fundType, FundSource fundSource, long proposedVnd,
        long allocatedVnd, long disbursedVnd, long unallocatedVnd, long overAllocatedVnd) {
}

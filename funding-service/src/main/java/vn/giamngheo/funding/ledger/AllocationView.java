package vn.giamngheo.funding.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import vn.giamngheo.funding.domain.Ratio;
import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;

/** An allocation with its line, its balance and its ledger. */
public record AllocationView(
        UUID id,
        UUID planId,
        String lineKey,
        String projectCode,
        String subProjectCode,
        FundType fundType,
        FundSource fundSource,
        String planUnitCode,
        String implementingUnit,
        String implementingAreaCode,
        int year,
        long amountVnd,
        long disbursedVnd,
        long remainingVnd,
        Ratio disbursementRate,
        String decisionNumber,
        LocalDate decisionDate,
        String recordedBy,
        OffsetDateTime recordedAt,
        List<LedgerEntryView> ledger) {
}

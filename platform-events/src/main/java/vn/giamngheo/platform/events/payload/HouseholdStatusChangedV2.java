package vn.giamngheo.platform.events.payload;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import vn.giamngheo.platform.refdata.AreaType;

/**
 * Version 2 of a household's recognised status change, which household-service publishes from the 2026 review on:
 * version 1's facts, what caused the change (a round of some kind or a request between reviews, by id), the version
 * of the standards data that classified it, and the indicators the household was found deprived on (codes only: the
 * deprivation structure of the lists is counted from them; null when the change came without a survey, as an opening
 * list). Movement kinds add STANDARD_RECLASSIFICATION and COMPLAINT_CORRECTION; {@code standardChangeUnverified}
 * marks a change between standards counted as real movement only because an indicator of the previous standard
 * alone was not asked. No personal data; keyed by the household's pseudonymous code.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HouseholdStatusChangedV2(
        String householdId,
        String communeCode,
        String districtCode,
        String provinceCode,
        AreaType areaType,
        int listYear,
        ChangeCause cause,
        String causeId,
        String decisionNumber,
        LocalDate decisionDate,
        String standardCode,
        String standardVersion,
        PovertyStatus statusBefore,
        PovertyStatus statusAfter,
        MovementKind movementKind,
        boolean ethnicMinority,
        int memberCount,
        List<String> deprivedIndicators,
        boolean standardChangeUnverified) {

    /** The facts version 1 carried, for what counts movements alike in both versions. */
    public HouseholdStatusChanged v1Facts() {
        return new HouseholdStatusChanged(householdId, communeCode, districtCode, provinceCode, areaType, listYear,
                causeId, cause.roundKind(), decisionNumber, decisionDate, standardCode, statusBefore, statusAfter,
                movementKind, ethnicMinority, memberCount);
    }
}

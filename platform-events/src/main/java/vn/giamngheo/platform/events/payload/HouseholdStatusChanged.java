package vn.giamngheo.platform.events.payload;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import vn.giamngheo.platform.refdata.AreaType;

/**
 * A household's recognised status changed by a decision of the commune chair. It carries no personal data: the
 * household id is pseudonymous. The commune's district and province are those of the decision date, so reports
 * roll the fact up through the unit that was valid then. Keyed by the household id.
 *
 * @param statusBefore null when the household was on no list before
 * @param listYear the year the resulting list applies to (a periodic review in late N produces the list of N+1)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HouseholdStatusChanged(
        String householdId,
        String communeCode,
        String districtCode,
        String provinceCode,
        AreaType areaType,
        int listYear,
        String roundId,
        ReviewRoundKind roundKind,
        String decisionNumber,
        LocalDate decisionDate,
        String standardCode,
        PovertyStatus statusBefore,
        PovertyStatus statusAfter,
        MovementKind movementKind,
        boolean ethnicMinority,
        int memberCount) {
}

package vn.giamngheo.platform.events.payload;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What a recognised review found a household deprived on, and what it was counted with before: the source of the
 * lists' deprivation structure (how many poor and near-poor households lack each indicator and each dimension).
 * Published for every recognised review whose standing differs from the one published last for the household —
 * also when its status did not change, which the status-changed event does not tell. Reporting keeps counts only:
 * it takes {@code before} out and puts {@code after} in, in the event's commune and list year, as it does with the
 * movements. No personal data; keyed by the household's pseudonymous code, in the same order as its status changes.
 *
 * @param before the standing published last for the household, or null when none was (a household never reviewed
 *        since this event exists, as one of an opening list): nothing is taken out then
 * @param after the standing the review gave it; in version 2 also null: the household left the commune's counts
 *        between reviews (moved to another commune, left the province, dissolved, merged into another household)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HouseholdDeprivationsRecognised(
        String householdId,
        String communeCode,
        String districtCode,
        String provinceCode,
        int listYear,
        ChangeCause cause,
        String causeId,
        LocalDate decisionDate,
        String standardCode,
        String standardVersion,
        Standing before,
        Standing after) {

    /**
     * A household's class, DTTS membership and deprivations as counted; {@code deprivations} is null when its review
     * did not say which indicators it lacked (a score given without them).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Standing(PovertyStatus status, boolean ethnicMinority, List<Deprivation> deprivations) {
    }

    /**
     * An indicator the household lacks, with its dimension and its name in the standard that classified it: the
     * reports label their rows from these, without knowing the standards.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Deprivation(String indicator, String dimension, String name) {
    }
}

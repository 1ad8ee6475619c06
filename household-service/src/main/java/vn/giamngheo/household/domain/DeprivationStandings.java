package vn.giamngheo.household.domain;

import java.util.List;

import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised.Deprivation;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised.Standing;
import vn.giamngheo.platform.events.payload.PovertyStatus;

/**
 * What a recognised review makes a household count with in the lists' deprivation structure (its class, DTTS
 * membership and the indicators it lacks, named as its standard names them), and when that is news to the reports.
 */
public final class DeprivationStandings {

    private DeprivationStandings() {
    }

    /**
     * The standing a review gives; the deprivations in the order of the standard's indicators, each once, and null
     * when the review gave a score without naming them.
     */
    public static Standing of(PovertyStatus status, boolean ethnicMinority, PovertyStandard standard,
            List<String> deprivedIndicators) {
        List<Deprivation> deprivations = deprivedIndicators == null ? null
                : standard.indicators().stream().filter(i -> deprivedIndicators.contains(i.code()))
                        .map(i -> new Deprivation(i.code(), i.dimension(), i.name())).toList();
        return new Standing(status, ethnicMinority, deprivations);
    }

    /** Whether the reports count a standing: a poor or near-poor household's. */
    public static boolean counted(Standing standing) {
        return standing != null && Movements.listed(standing.status());
    }

    /**
     * Whether a review's standing is to be published: it differs from the one published last, and the lists count
     * one of the two. A household above the lists before and after changes no count, whatever it lacks.
     */
    public static boolean publish(Standing before, Standing after) {
        return !after.equals(before) && (counted(before) || counted(after));
    }
}

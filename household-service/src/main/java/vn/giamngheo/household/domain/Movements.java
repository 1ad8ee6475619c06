package vn.giamngheo.household.domain;

import java.util.Optional;

import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.PovertyStatus;

/**
 * Which movement a recognised change counts as in the review reports: into the lists (new, re-entry, from
 * near-poor to poor), within them (from poor to near-poor), out of them (exit), or a change of class caused by an
 * administrative reform alone or by a new standard alone, which is neither an exit nor an entry.
 */
public final class Movements {

    private Movements() {
    }

    /**
     * @param before the status before, null for a household on no list yet
     * @param everListed whether the household was ever poor or near-poor before
     * @param byReformAlone whether the change follows only from its commune's new area type
     * @param byStandardAlone whether it follows only from the new standard of the list
     * @return the movement, or empty when the status did not change
     */
    public static Optional<MovementKind> of(PovertyStatus before, PovertyStatus after, boolean everListed,
            boolean byReformAlone, boolean byStandardAlone) {
        if (before == after) {
            return Optional.empty();
        }
        if (byReformAlone) {
            return Optional.of(MovementKind.ADMINISTRATIVE_RECLASSIFICATION);
        }
        if (byStandardAlone && (listed(before) || listed(after))) {
            return Optional.of(MovementKind.STANDARD_RECLASSIFICATION);
        }
        boolean wasListed = listed(before);
        boolean isListed = listed(after);
        if (!wasListed && isListed) {
            return Optional.of(everListed ? MovementKind.RE_ENTRY : MovementKind.NEW);
        }
        if (wasListed && !isListed) {
            return Optional.of(MovementKind.EXIT);
        }
        if (before == PovertyStatus.NEAR_POOR && after == PovertyStatus.POOR) {
            return Optional.of(MovementKind.FROM_NEAR_POOR);
        }
        if (before == PovertyStatus.POOR && after == PovertyStatus.NEAR_POOR) {
            return Optional.of(MovementKind.FROM_POOR);
        }
        // Between two classes off the lists (not poor ↔ average living): no list moves.
        return Optional.empty();
    }

    public static boolean listed(PovertyStatus status) {
        return status == PovertyStatus.POOR || status == PovertyStatus.NEAR_POOR;
    }
}

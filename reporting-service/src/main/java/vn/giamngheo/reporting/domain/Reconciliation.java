package vn.giamngheo.reporting.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The comparison of the read models with the registry's own counts: cell by cell of the movement table (commune,
 * list year, list, IN or OUT, kind). Events still in flight make passing differences, so a difference is a finding
 * only when the next comparison finds the very same one again.
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    /** A cell of the movement table. */
    @Schema(name = "MovementCell")
    public record Cell(
            @Schema(required = true) String communeCode,
            @Schema(required = true) int listYear,
            @Schema(required = true, description = "POOR or NEAR_POOR") String status,
            @Schema(required = true, description = "IN or OUT") String direction,
            @Schema(required = true, description = "the kind of movement") String kind) {
    }

    /** A cell where the registry and the report disagree: households moved per the registry, and per the report. */
    @Schema(name = "ReconciliationDifference")
    public record Difference(
            @Schema(required = true) Cell cell,
            @Schema(required = true) long registry,
            @Schema(required = true) long report) {
    }

    private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::communeCode)
            .thenComparingInt(Cell::listYear).thenComparing(Cell::status).thenComparing(Cell::direction)
            .thenComparing(Cell::kind);

    /** Every cell whose counts differ, a cell missing on one side counting zero there; in the table's order. */
    public static List<Difference> differences(Map<Cell, Long> registry, Map<Cell, Long> report) {
        Set<Cell> cells = new TreeSet<>(ORDER);
        cells.addAll(registry.keySet());
        cells.addAll(report.keySet());
        List<Difference> differences = new ArrayList<>();
        for (Cell c : cells) {
            long r = registry.getOrDefault(c, 0L);
            long p = report.getOrDefault(c, 0L);
            if (r != p) {
                differences.add(new Difference(c, r, p));
            }
        }
        return differences;
    }

    /** The differences found again, unchanged, by the next comparison: what is not an event in flight. */
    public static List<Difference> persisting(List<Difference> previous, List<Difference> now) {
        return now.stream().filter(previous::contains).toList();
    }
}

package vn.giamngheo.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.giamngheo.reporting.domain.Reconciliation.Cell;
import vn.giamngheo.reporting.domain.Reconciliation.Difference;

/** The read models against the registry's counts, cell by cell; a finding only when a difference persists. */
class ReconciliationTests {

    private static final Cell EXIT = new Cell("01501", 2026, "POOR", "OUT", "EXIT");
    private static final Cell NEW = new Cell("01501", 2026, "POOR", "IN", "NEW");
    private static final Cell NEAR = new Cell("01495", 2026, "NEAR_POOR", "IN", "FROM_POOR");

    @Test
    void shouldFindNoDifferenceWhenEveryCellAgrees() {
        assertThat(Reconciliation.differences(Map.of(EXIT, 3L, NEW, 2L), Map.of(NEW, 2L, EXIT, 3L))).isEmpty();
    }

    @Test
    void shouldCountACellMissingOnOneSideAsZeroThereAndListDifferencesInTheTablesOrder() {
        assertThat(Reconciliation.differences(Map.of(EXIT, 3L, NEW, 2L, NEAR, 1L), Map.of(EXIT, 2L, NEW, 2L)))
                .containsExactly(new Difference(NEAR, 1, 0), new Difference(EXIT, 3, 2));
        assertThat(Reconciliation.differences(Map.of(), Map.of(NEW, 4L))).containsExactly(new Difference(NEW, 0, 4));
    }

    @Test
    void shouldReportOnlyADifferenceFoundAgainUnchanged() {
        List<Difference> first = List.of(new Difference(EXIT, 3, 2), new Difference(NEW, 5, 4));
        // The event behind NEW arrived meanwhile; EXIT's is still missing; NEAR is new and may be in flight.
        List<Difference> second = List.of(new Difference(EXIT, 3, 2), new Difference(NEW, 6, 5),
                new Difference(NEAR, 1, 0));
        assertThat(Reconciliation.persisting(first, second)).containsExactly(new Difference(EXIT, 3, 2));
        assertThat(Reconciliation.persisting(List.of(), second)).isEmpty();
    }
}

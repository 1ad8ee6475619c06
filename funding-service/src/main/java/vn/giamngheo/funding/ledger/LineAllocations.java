package vn.giamngheo.funding.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.giamngheo.funding.domain.Allocation;
import vn.giamngheo.funding.domain.BudgetLine;

/** The allocations of a set of budget lines, read in one query and grouped by line, oldest first. */
final class LineAllocations {

    /** A line's identity: its plan and its key. */
    private record LineId(UUID planId, String lineKey) {
    }

    private final Map<LineId, List<Allocation>> byLine = new LinkedHashMap<>();

    private LineAllocations() {
    }

    static LineAllocations of(List<BudgetLine> lines) {
        LineAllocations allocations = new LineAllocations();
        List<UUID> plans = lines.stream().map(l -> l.planId).distinct().toList();
        if (!plans.isEmpty()) {
            Allocation.<Allocation>list("planId in ?1 order by recordedAt", plans).forEach(a -> allocations.byLine
                    .computeIfAbsent(new LineId(a.planId, a.lineKey), k -> new ArrayList<>()).add(a));
        }
        return allocations;
    }

    List<Allocation> of(BudgetLine line) {
        return byLine.getOrDefault(new LineId(line.planId, line.lineKey), List.of());
    }
}

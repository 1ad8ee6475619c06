package vn.giamngheo.reporting.domain;

import java.util.Map;
import java.util.TreeMap;

import vn.giamngheo.platform.web.rules.Fraction;

/**
 * Movements summed up to a list year: those of earlier years make each list's start; those of the year, its
 * inflows and outflows by kind, with the DTTS households apart.
 */
public final class MovementAccumulator {

    private final int listYear;
    private final ListTally poor = new ListTally();
    private final ListTally nearPoor = new ListTally();

    public MovementAccumulator(int listYear) {
        this.listYear = listYear;
    }

    /** Adds one cell; cells of years after the list year must not be given. */
    public void add(Movement m) {
        (m.poorList() ? poor : nearPoor).add(m, m.listYear() < listYear);
    }

    /** The unit's figures over its reported resident households now and at the previous list (null: not reported). */
    public UnitFigures figures(Long total, Long baselineTotal) {
        Figures p = poor.figures(total, baselineTotal);
        Figures n = nearPoor.figures(total, baselineTotal);
        Fraction multi = ReportRules.rate(p.end() + n.end(), total);
        Fraction multiBefore = ReportRules.rate(p.start() + n.start(), baselineTotal);
        return new UnitFigures(p, n, ReportRules.show(multi),
                multi == null || multiBefore == null ? null : ReportRules.show(multi.minus(multiBefore)));
    }

    /** One list's running sums. */
    private static final class ListTally {
        private long start;
        private long ethnicStart;
        private final Map<String, Long> inflows = new TreeMap<>();
        private final Map<String, Long> outflows = new TreeMap<>();
        private long ethnicInflow;
        private long ethnicOutflow;

        void add(Movement m, boolean beforeTheYear) {
            long n = m.households();
            if (beforeTheYear) {
                long signed = m.inflow() ? n : -n;
                start += signed;
                ethnicStart += m.ethnicMinority() ? signed : 0;
                return;
            }
            (m.inflow() ? inflows : outflows).merge(m.kind(), n, Long::sum);
            if (m.ethnicMinority() && m.inflow()) {
                ethnicInflow += n;
            } else if (m.ethnicMinority()) {
                ethnicOutflow += n;
            }
        }

        Figures figures(Long total, Long baselineTotal) {
            return ReportRules.figures(start, new Figures.Movements(inflows, outflows, ethnicInflow, ethnicOutflow),
                    ethnicStart, total, baselineTotal);
        }
    }
}

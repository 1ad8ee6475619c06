package vn.giamngheo.reporting.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * One list (poor or near-poor) of a unit in a list year: the start (the previous list's end), inflows and
 * outflows by kind, the end, and the rate over the unit's reported resident households.
 *
 * @param consistent false when outflows exceed what the list held (a missing opening list, or lost events): the
 *        report shows it rather than hiding it
 */
public record Figures(long start, Map<String, Long> inflows, Map<String, Long> outflows, long end,
        EthnicMinority ethnicMinority, boolean consistent, BigDecimal ratePercent, BigDecimal baselineRatePercent,
        BigDecimal changePoints) {

    /** The ethnic-minority (DTTS) households of the list: start, in, out, end. */
    public record EthnicMinority(long start, long inflow, long outflow, long end) {
    }

    /** The movements of one list and year, by kind, from which the figures are computed. */
    public record Movements(Map<String, Long> in, Map<String, Long> out, long ethnicIn, long ethnicOut) {

        public static Movements empty() {
            return new Movements(new TreeMap<>(), new TreeMap<>(), 0, 0);
        }

        public long inflow() {
            return in.values().stream().mapToLong(Long::longValue).sum();
        }

        public long outflow() {
            return out.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}

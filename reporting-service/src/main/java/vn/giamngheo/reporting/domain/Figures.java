package vn.giamngheo.reporting.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One list (poor or near-poor) of a unit in a list year: the start (the previous list's end), inflows and
 * outflows by kind, the end, and the rate over the unit's reported resident households.
 *
 * @param consistent false when outflows exceed what the list held (a missing opening list, or lost events): the
 *        report shows it rather than hiding it
 */
@Schema(name = "ListFigures")
public record Figures(
        @Schema(required = true) long start,
        @Schema(required = true, description = "households in, by kind of movement")
        Map<String, Long> inflows,
        @Schema(required = true, description = "households out, by kind of movement")
        Map<String, Long> outflows,
        @Schema(required = true) long end,
        @Schema(required = true) EthnicMinority ethnicMinority,
        @Schema(required = true) boolean consistent,
        @Schema(description = "null without resident households") BigDecimal ratePercent,
        @Schema(description = "null without the previous year's resident households") BigDecimal baselineRatePercent,
        @Schema(description = "null without resident households now or before") BigDecimal changePoints) {

    /** The ethnic-minority (DTTS) households of the list: start, in, out, end. */
    @Schema(name = "EthnicMinorityFigures")
    public record EthnicMinority(
            @Schema(required = true) long start,
            @Schema(required = true) long inflow,
            @Schema(required = true) long outflow,
            @Schema(required = true) long end) {
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

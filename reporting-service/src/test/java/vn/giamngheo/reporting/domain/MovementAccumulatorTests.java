package vn.giamngheo.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Movement cells summed for the list of 2025: earlier years make a list's start, 2025's its inflows and outflows by
 * kind; DTTS households are counted apart; cells are written {@code year status direction kind households [DTTS]}.
 */
class MovementAccumulatorTests {

    private static final int LIST_YEAR = 2025;

    @ParameterizedTest(name = "{0} → poor {1} +{2} −{3} = {4}, DTTS {5} → {6}")
    @CsvSource(delimiter = ';', value = {
            // cells; poor start; inflows; outflows; end; DTTS start; DTTS end; consistent
            "2024 POOR IN OPENING_BALANCE 10; 10; ; ; 10; 0; 0; true",
            "2024 POOR IN NEW 10 | 2025 POOR OUT EXIT 3; 10; ; EXIT=3; 7; 0; 0; true",
            "2023 POOR IN NEW 10 | 2024 POOR OUT EXIT 4; 6; ; ; 6; 0; 0; true",    // every earlier year
            "2024 POOR IN NEW 10 DTTS | 2024 POOR OUT EXIT 4 DTTS | 2025 POOR IN RE_ENTRY 2 DTTS; 6; RE_ENTRY=2; ; 8; 6; 8; true",
            "2024 POOR IN NEW 7 | 2024 POOR IN NEW 3 DTTS | 2025 POOR OUT FROM_POOR 1 DTTS | 2025 POOR OUT EXIT 2; 10; ; EXIT=2,FROM_POOR=1; 7; 3; 2; true",
            "2025 POOR IN NEW 2 | 2025 POOR IN FROM_NEAR_POOR 3 | 2025 POOR IN NEW 1; 0; FROM_NEAR_POOR=3,NEW=3; ; 6; 0; 0; true",
            "2025 POOR OUT EXIT 3; 0; ; EXIT=3; -3; 0; 0; false",                   // out of a list that held none
            "2025 NEAR_POOR IN NEW 5; 0; ; ; 0; 0; 0; true"})                       // the other list
    void shouldSumThePoorListForTheListYear(String cells, long start, String inflows, String outflows, long end,
            long ethnicStart, long ethnicEnd, boolean consistent) {
        MovementAccumulator accumulator = accumulate(cells);
        Figures poor = accumulator.figures(null, null).poor();
        assertThat(poor.start()).isEqualTo(start);
        assertThat(poor.inflows()).isEqualTo(kinds(inflows));
        assertThat(poor.outflows()).isEqualTo(kinds(outflows));
        assertThat(poor.end()).isEqualTo(end);
        assertThat(poor.ethnicMinority().start()).isEqualTo(ethnicStart);
        assertThat(poor.ethnicMinority().end()).isEqualTo(ethnicEnd);
        assertThat(poor.consistent()).isEqualTo(consistent);
    }

    @ParameterizedTest(name = "{0} → near-poor {1} → {2}, DTTS in {3} out {4}")
    @CsvSource(delimiter = ';', value = {
            // cells; near-poor start; end; DTTS inflow; DTTS outflow
            "2024 NEAR_POOR IN NEW 50 | 2025 NEAR_POOR OUT EXIT 5; 50; 45; 0; 0",
            "2025 NEAR_POOR IN FROM_POOR 4 DTTS | 2025 NEAR_POOR OUT EXIT 1 DTTS | 2025 NEAR_POOR OUT EXIT 2; 0; 1; 4; 1",
            "2024 POOR IN NEW 50; 0; 0; 0; 0"})
    void shouldSumTheNearPoorListApart(String cells, long start, long end, long ethnicIn, long ethnicOut) {
        Figures nearPoor = accumulate(cells).figures(null, null).nearPoor();
        assertThat(nearPoor.start()).isEqualTo(start);
        assertThat(nearPoor.end()).isEqualTo(end);
        assertThat(nearPoor.ethnicMinority().inflow()).isEqualTo(ethnicIn);
        assertThat(nearPoor.ethnicMinority().outflow()).isEqualTo(ethnicOut);
    }

    @ParameterizedTest(name = "{0} of {1} now and {2} before → multidimensional {3} %, {4} points")
    @CsvSource(delimiter = ';', value = {
            // cells; total; baseline total; multidimensional rate; change
            "2024 POOR IN NEW 100 | 2025 POOR OUT EXIT 20 | 2024 NEAR_POOR IN NEW 50 | 2025 NEAR_POOR OUT EXIT 5; 1000; 1000; 12.50; -2.50",
            "2024 POOR IN NEW 100 | 2024 NEAR_POOR IN NEW 50; 1000; 1200; 15.00; 2.50",
            "2024 POOR IN NEW 1 | 2024 NEAR_POOR IN NEW 1; 3; 3; 66.67; 0.00",
            "2024 POOR IN NEW 100; ; 1000; ; ",            // this year's total not reported
            "2024 POOR IN NEW 100; 1000; ; 10.00; ",
            "2024 POOR IN NEW 100; 0; 0; ; "})
    void shouldRateThePoorAndNearPoorTogether(String cells, Long total, Long baselineTotal, BigDecimal rate,
            BigDecimal change) {
        UnitFigures figures = accumulate(cells).figures(total, baselineTotal);
        assertThat(figures.multidimensionalRatePercent()).isEqualTo(rate);
        assertThat(figures.multidimensionalChangePoints()).isEqualTo(change);
    }

    private static MovementAccumulator accumulate(String cells) {
        MovementAccumulator accumulator = new MovementAccumulator(LIST_YEAR);
        for (String cell : cells.split("\\|")) {
            String[] f = cell.trim().split(" ");
            accumulator.add(new Movement("01465", Integer.parseInt(f[0]), f[1], f[2], f[3],
                    f.length > 5 && f[5].equals("DTTS"), Long.parseLong(f[4])));
        }
        return accumulator;
    }

    private static Map<String, Long> kinds(String list) {
        Map<String, Long> kinds = new TreeMap<>();
        if (list != null) {
            Arrays.stream(list.split(",")).map(k -> k.split("="))
                    .forEach(k -> kinds.put(k[0], Long.parseLong(k[1])));
        }
        return kinds;
    }
}

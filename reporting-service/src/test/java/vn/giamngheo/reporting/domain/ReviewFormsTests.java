package vn.giamngheo.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewFormsTests {

    @ParameterizedTest(name = "{0}: in {1}, out {2} → {3}")
    @CsvSource(delimiter = ';', value = {
            // poor list?; start; inflows; outflows; the nine columns (1) … (9)
            "true; 10; NEW=3 RE_ENTRY=1 FROM_NEAR_POOR=2; FROM_POOR=4 EXIT=2; 10 4 2 0 2 1 3 0 10",
            // An opening list taken over in the year is where the list began: column 1.
            "true; 0; OPENING_BALANCE=25; ; 25 0 0 0 0 0 0 0 25",
            // A change of class by a new standard or a reform alone is no exit nor entry: columns 4 and 8.
            "true; 20; STANDARD_RECLASSIFICATION=5 OTHER_INCREASE=1; STANDARD_RECLASSIFICATION=2 ADMINISTRATIVE_RECLASSIFICATION=1 EXIT=3; 20 0 3 3 0 0 0 6 20",
            // The near-poor list: to poor is a decrease (2), from poor an increase (5).
            "false; 12; FROM_POOR=4 NEW=2; FROM_NEAR_POOR=2 EXIT=5 OTHER_DECREASE=1; 12 2 5 1 4 0 2 0 10",
            // Households that moved in or out, and a complaint's correction: neither entry nor exit, "other".
            "true; 5; COMPLAINT_CORRECTION=1 OTHER_INCREASE=2; OTHER_DECREASE=1 COMPLAINT_CORRECTION=1; 5 0 0 2 0 0 0 3 6"})
    void shouldFillTheColumnsOfAListsChangesAsTheFormsNumberThem(boolean poor, long start, String in, String out,
            String expected) {
        Map<String, Long> inflows = flows(in);
        Map<String, Long> outflows = flows(out);
        long end = start + inflows.values().stream().mapToLong(Long::longValue).sum()
                - outflows.values().stream().mapToLong(Long::longValue).sum();
        long[] columns = ReviewForms.changes(figures(start, inflows, outflows, end), poor);
        assertThat(columns).containsExactly(Arrays.stream(expected.split(" ")).mapToLong(Long::parseLong).toArray());
    }

    @Test
    void shouldRefuseChangesThatDoNotAddUpToTheListsEnd() {
        assertThatThrownBy(() -> ReviewForms.changes(figures(10, Map.of("NEW", 1L), Map.of(), 12), true))
                .hasMessageContaining("do not add up");
    }

    @Test
    void shouldChooseTheLayoutByListYearAndKeepTheTwelveIndicatorsOfEachStandard() {
        assertThat(ReviewForms.forListYear(2022).code()).isEqualTo("TT-07-2021");
        assertThat(ReviewForms.forListYear(2026).code()).isEqualTo("TT-07-2021");
        assertThat(ReviewForms.forListYear(2027).code()).startsWith("ND-351-2025");
        assertThat(ReviewForms.forListYear(2026).indicators()).hasSize(12)
                .anySatisfy(i -> assertThat(i.code()).isEqualTo("INFO_ACCESS"));
        assertThat(ReviewForms.forListYear(2027).indicators()).hasSize(12)
                .anySatisfy(i -> assertThat(i.code()).isEqualTo("WASTE"))
                .noneSatisfy(i -> assertThat(i.code()).isEqualTo("INFO_ACCESS"));
        // What no public source gives is said, form by form.
        assertThat(ReviewForms.forListYear(2027).uncertain()).isNotEmpty();
        assertThat(ReviewForms.forListYear(2027).form("poorChanges").number()).contains("[U]");
        assertThatThrownBy(() -> ReviewForms.forListYear(2031)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Figures figures(long start, Map<String, Long> in, Map<String, Long> out, long end) {
        return new Figures(start, in, out, end, new Figures.EthnicMinority(0, 0, 0, 0), true, null, null, null);
    }

    private static Map<String, Long> flows(String text) {
        Map<String, Long> flows = new HashMap<>();
        if (text != null) {
            for (String part : text.trim().split(" ")) {
                String[] kv = part.split("=");
                flows.put(kv[0], Long.parseLong(kv[1]));
            }
        }
        return flows;
    }
}

package vn.giamngheo.reporting.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The summary forms a commune and the province send after a review (the "mẫu 7.x" of TT 07/2021/TT-BLĐTBXH): which
 * layout serves a list year, as corrigible data ({@code forms/review-forms.json}), and how the platform's movements
 * fill the columns of the two tables of changes.
 */
public final class ReviewForms {

    /** A layout of the forms: the list years it serves, its source, titles, indicator legend and uncertain parts. */
    public record Layout(String code, int firstListYear, int lastListYear, String source, Map<String, Form> forms,
            List<Indicator> indicators, List<Uncertain> uncertain) {

        public Form form(String key) {
            Form f = forms.get(key);
            if (f == null) {
                throw new IllegalStateException("layout " + code + " has no form " + key);
            }
            return f;
        }
    }

    /** A form's number in the circular and its title (a %s stands for "HỘ NGHÈO" or "HỘ CẬN NGHÈO"). */
    public record Form(String number, String title) {
    }

    /** An indicator of the legend, in the forms' column order. */
    public record Indicator(String code, String label) {
    }

    /** A part of the layout no public source confirms, and why. */
    public record Uncertain(String where, String why) {
    }

    private record File(String about, List<Layout> layouts) {
    }

    private static final List<Layout> LAYOUTS = load();

    private ReviewForms() {
    }

    /** The layout of the forms of a list year; refuses a year no layout serves. */
    public static Layout forListYear(int listYear) {
        return LAYOUTS.stream().filter(l -> listYear >= l.firstListYear() && listYear <= l.lastListYear()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no layout of the review forms serves the list of "
                        + listYear));
    }

    /** Whether a layout serves the list of that year. */
    public static boolean covers(int listYear) {
        return LAYOUTS.stream().anyMatch(l -> listYear >= l.firstListYear() && listYear <= l.lastListYear());
    }

    /** Every layout, for the checks that no two serve the same year. */
    public static List<Layout> layouts() {
        return LAYOUTS;
    }

    /**
     * The nine figures of a list's changes, as the forms number them: (1) the list at the start — with an opening
     * list taken over in the year, which is where the platform's list began; decreases (2) to another class of the
     * lists (poor to near-poor, near-poor to poor), (3) out of the lists, (4) other causes (moves between
     * registries, and the changes of class by a reform of the units or a new standard alone, which are neither an
     * exit nor an entry); increases (5) from the other list, (6) back onto a list, (7) new, (8) other causes; (9) the
     * end: 1 − 2 − 3 − 4 + 5 + 6 + 7 + 8.
     *
     * @param poorList whether these are the poor list's figures (else the near-poor list's)
     */
    public static long[] changes(Figures f, boolean poorList) {
        String toOther = poorList ? "FROM_POOR" : "FROM_NEAR_POOR";
        String fromOther = poorList ? "FROM_NEAR_POOR" : "FROM_POOR";
        long[] n = new long[9];
        n[0] = f.start() + f.inflows().getOrDefault("OPENING_BALANCE", 0L);
        n[1] = f.outflows().getOrDefault(toOther, 0L);
        n[2] = f.outflows().getOrDefault("EXIT", 0L);
        n[3] = others(f.outflows(), Set.of(toOther, "EXIT"));
        n[4] = f.inflows().getOrDefault(fromOther, 0L);
        n[5] = f.inflows().getOrDefault("RE_ENTRY", 0L);
        n[6] = f.inflows().getOrDefault("NEW", 0L);
        n[7] = others(f.inflows(), Set.of(fromOther, "RE_ENTRY", "NEW", "OPENING_BALANCE"));
        n[8] = n[0] - n[1] - n[2] - n[3] + n[4] + n[5] + n[6] + n[7];
        if (n[8] != f.end()) {
            throw new IllegalStateException("the changes of a list do not add up to its end: " + n[8] + " ≠ " + f.end());
        }
        return n;
    }

    private static long others(Map<String, Long> flows, Set<String> named) {
        return flows.entrySet().stream().filter(e -> !named.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    private static List<Layout> load() {
        try (InputStream in = ReviewForms.class.getClassLoader().getResourceAsStream("forms/review-forms.json")) {
            if (in == null) {
                throw new IllegalStateException("forms/review-forms.json is missing from the class path");
            }
            List<Layout> layouts = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, File.class).layouts();
            for (Layout a : layouts) {
                for (Layout b : layouts) {
                    if (a != b && a.firstListYear() <= b.lastListYear() && b.firstListYear() <= a.lastListYear()) {
                        throw new IllegalStateException("layouts " + a.code() + " and " + b.code() + " overlap");
                    }
                }
            }
            return List.copyOf(layouts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

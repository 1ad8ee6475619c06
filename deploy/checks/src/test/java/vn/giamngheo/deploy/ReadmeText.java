package vn.giamngheo.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The READMEs' prose as the tests read their claims: a section on one line, its numbers as numbers. The claims are
 * matched with their words, so rewording one fails here until the check is changed with it, never silently.
 */
final class ReadmeText {

    static final Path DEPLOY_README = DeploymentFiles.ROOT.resolve("deploy/README.md");
    static final Path ROOT_README = DeploymentFiles.ROOT.resolve("README.md");

    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");
    /** "a sixth of one instance": the denominators the prose writes as words. */
    private static final List<String> FRACTIONS = List.of("", "", "half", "third", "quarter", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6);
    private static final Map<String, Double> BYTES = Map.of("KB", 1e3, "MB", 1e6, "GB", 1e9, "Ki", 1024.0,
            "Mi", Math.pow(1024, 2), "Gi", Math.pow(1024, 3));

    private ReadmeText() {
    }

    /** The whole file, its lines joined by single spaces. */
    static String whole(Path file) {
        try {
            return Files.readString(file).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text under `## heading` up to the next heading of that level, its lines joined by single spaces. */
    static String section(Path file, String heading) {
        String text = whole(file);
        int start = text.indexOf(" ## " + heading + " ");
        assertThat(start).as("section \"" + heading + "\" of " + file).isNotNegative();
        int end = text.indexOf(" ## ", start + 1);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The first match of a claim, which must be there. */
    static Matcher claim(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("the README no longer says /" + regex + "/: if it was reworded on purpose, change"
                    + " this check with it");
        }
        return m;
    }

    /** "4,000,000", "0.7", "3 million", "130 thousand", "ten". */
    static double number(String written) {
        String[] parts = written.trim().split(" ");
        int word = WORDS.indexOf(parts[0]);
        double value = word >= 0 ? word : Double.parseDouble(parts[0].replace(",", ""));
        return parts.length == 1 ? value : value * SCALES.get(parts[1]);
    }

    /** "sixth" → 6. */
    static int denominator(String word) {
        int n = FRACTIONS.indexOf(word);
        assertThat(n).as("a fraction written as a word: " + word).isPositive();
        return n;
    }

    /** "0.7 KB", "50 Gi", "768Mi" → bytes; KB, MB and GB are decimal, Ki, Mi and Gi binary, as Kubernetes reads them. */
    static double bytes(String quantity) {
        Matcher m = Pattern.compile("([\\d.,]+) ?(KB|MB|GB|Ki|Mi|Gi)").matcher(quantity.trim());
        assertThat(m.matches()).as("a quantity of bytes: " + quantity).isTrue();
        return number(m.group(1)) * BYTES.get(m.group(2));
    }

    /**
     * A stated "≈ 940" or "about 1/400" holds when the exact result rounds to it: within half a unit of its last
     * significant digit (940: ±5; 14: ±0.5; 2.1: ±0.05).
     */
    static void assertRoundsTo(String what, double exact, String stated) {
        BigDecimal value = new BigDecimal(stated.replace(",", ""));
        // A round figure keeps two significant digits ("400" is 395 to 405), a single digit one ("a seventh" is 6.5 to
        // 7.5): trailing zeros would otherwise let "about 1/400" stand for 439.
        BigDecimal figure = value.stripTrailingZeros();
        int magnitude = figure.precision() - figure.scale() - 1;
        int digits = value.abs().compareTo(BigDecimal.TEN) < 0 ? figure.precision() : Math.max(2, figure.precision());
        BigDecimal unit = BigDecimal.ONE.movePointRight(magnitude - digits + 1);
        double tolerance = unit.doubleValue() / 2 + 1e-9;
        assertThat(exact).as(what + ": stated ≈ " + stated + ", computed " + exact)
                .isBetween(value.doubleValue() - tolerance, value.doubleValue() + tolerance);
    }
}

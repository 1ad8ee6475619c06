package vn.giamngheo.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The rule index (DOMAIN-MAP.md) names, for each rule of the domain, the method that implements it and the test that
 * proves it: every name must exist, or a newcomer following the index lands nowhere.
 */
class RuleIndexTests {

    private static final Path INDEX = DeploymentFiles.ROOT.resolve("DOMAIN-MAP.md");
    /** `vn.giamngheo.x.Class#method` or `vn.giamngheo.x.Class.Nested#method`, in backquotes. */
    private static final Pattern REFERENCE = Pattern.compile("`(vn\\.giamngheo\\.[\\w.]+)#(\\w+)`");

    @Test
    void shouldNameAnExistingMethodAndAnExistingTestInEveryRowOfTheRuleIndex() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).as("rows of the rule index").hasSizeGreaterThanOrEqualTo(20);
        List<String> missing = new ArrayList<>();
        for (Row row : rows) {
            assertThat(row.implementation()).as(row.rule() + ": an implementing method").isNotEmpty();
            assertThat(row.tests()).as(row.rule() + ": a test").isNotEmpty();
            for (String[] ref : row.implementation()) {
                check(ref, "src/main/java", false).ifPresent(missing::add);
            }
            for (String[] ref : row.tests()) {
                check(ref, "src/test/java", true).ifPresent(missing::add);
            }
        }
        assertThat(missing).as("names in DOMAIN-MAP.md that the code does not have").isEmpty();
    }

    @Test
    void shouldCoverEverySectionOfTheDomainRulesWithARow() throws IOException {
        List<String> sections = rows().stream().map(Row::section).distinct().toList();
        assertThat(sections).contains("§1", "§2", "§3", "§4", "§5");
    }

    private record Row(String section, String rule, List<String[]> implementation, List<String[]> tests) {
    }

    /** The table rows: | § | rule | implemented by | proved by |. */
    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(INDEX)) {
            String[] cells = line.split("\\|");
            if (cells.length < 5 || !cells[1].trim().matches("§\\d+.*")) {
                continue;
            }
            rows.add(new Row(cells[1].trim().replaceAll("^(§\\d+).*", "$1"), cells[2].trim(), refs(cells[3]),
                    refs(cells[4])));
        }
        return rows;
    }

    private static List<String[]> refs(String cell) {
        List<String[]> refs = new ArrayList<>();
        Matcher m = REFERENCE.matcher(cell);
        while (m.find()) {
            refs.add(new String[] { m.group(1), m.group(2) });
        }
        return refs;
    }

    /** Empty when the class's source declares the method (a test: annotated as a test); else what is missing. */
    private static Optional<String> check(String[] ref, String sourceRoot, boolean test) throws IOException {
        String name = ref[0] + "#" + ref[1];
        String topLevel = ref[0].replaceAll("\\.([A-Z]\\w*)\\.[A-Z].*$", ".$1");
        Optional<Path> source = find(topLevel.replace('.', '/') + ".java", sourceRoot);
        if (source.isEmpty()) {
            return Optional.of(name + " (no source file " + topLevel + " under any module's " + sourceRoot + ")");
        }
        String text = Files.readString(source.get());
        Pattern declaration = Pattern.compile("(?m)^[ \\t]+(?!return\\b|new\\b|throw\\b)(?:[\\w<>\\[\\],.?]+[ \\t]+)+"
                + Pattern.quote(ref[1]) + "\\s*\\(");
        Matcher m = declaration.matcher(text);
        if (!m.find()) {
            return Optional.of(name + " (" + DeploymentFiles.ROOT.relativize(source.get()) + " declares no such method)");
        }
        if (test) {
            // The annotations stand between the blank line before the method and its name.
            String before = text.substring(text.lastIndexOf("\n\n", m.start()) + 1, m.start());
            if (!before.contains("@Test") && !before.contains("@ParameterizedTest")) {
                return Optional.of(name + " (not a test)");
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> find(String relative, String sourceRoot) throws IOException {
        try (Stream<Path> modules = Files.list(DeploymentFiles.ROOT)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                Path candidate = module.resolve(sourceRoot).resolve(relative);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}

package vn.giamngheo.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's walkthrough, section "From `up` to the province's report": its text, and the command blocks marked
 * {@code bash walkthrough}, which a user runs in order, in one shell, on a fresh {@code up}.
 */
final class Walkthrough {

    static final String HEADING = "## From `up` to the province's report";
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```bash walkthrough\\n(.*?)^```$");
    private static final Pattern READ_ONLY = Pattern.compile("(?ms)^```bash readme-run\\n(.*?)^```$");
    /** A comment's continuation and any line break: read as one space, so that a quoted phrase may span lines. */
    private static final Pattern BREAK = Pattern.compile("\\s*\\n\\s*(#\\s*)?");

    private final String section;

    private Walkthrough(String section) {
        this.section = section;
    }

    static Walkthrough of(Path root) {
        return of(root, HEADING);
    }

    /** Another section of the README, read the same way. */
    static Walkthrough of(Path root, String heading) {
        String readme;
        try {
            readme = Files.readString(root.resolve("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = readme.indexOf(heading);
        if (start < 0) {
            throw new IllegalStateException("README.md has no section " + heading);
        }
        int end = readme.indexOf("\n## ", start + heading.length());
        return new Walkthrough(readme.substring(start, end < 0 ? readme.length() : end));
    }

    /** The README of the repository the tests run in. */
    static Walkthrough ofThisRepository() {
        return of(root());
    }

    static Path root() {
        return Path.of(System.getProperty("giamngheo.root", "..")).toAbsolutePath().normalize();
    }

    /** The section as written. */
    String markdown() {
        return section;
    }

    /** The section as one line: prose and the blocks' comments, each line break (and a comment's #) one space. */
    String text() {
        return BREAK.matcher(section).replaceAll(" ");
    }

    /** The blocks marked {@code bash walkthrough}, in order. */
    List<String> blocks() {
        return blocks(BLOCK);
    }

    /**
     * The blocks marked {@code bash readme-run}, in order: commands of the section that read (or, like the
     * self-assessment, change nothing), which a user may run on their own, in any order, once the demo is loaded.
     */
    List<String> readOnlyBlocks() {
        return blocks(READ_ONLY);
    }

    private List<String> blocks(Pattern marked) {
        List<String> out = new ArrayList<>();
        Matcher m = marked.matcher(section);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}

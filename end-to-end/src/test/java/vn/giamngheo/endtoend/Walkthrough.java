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
    /** What a block prints on a fresh {@code up}, shown after it. */
    private static final Pattern OUTPUT = Pattern.compile("(?ms)^```text walkthrough-output\\n(.*?)^```$");
    private static final Pattern READ_ONLY = Pattern.compile("(?ms)^```bash readme-run\\n(.*?)^```$");
    private static final Pattern WRITING = Pattern.compile("(?ms)^```bash readme-write\\n(.*?)^```$");
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

    /**
     * The section as one line: prose and the blocks' comments, each line break (and a comment's #) one space; what
     * the blocks print is left out ({@link #outputs()}).
     */
    String text() {
        return BREAK.matcher(OUTPUT.matcher(section).replaceAll("")).replaceAll(" ");
    }

    /**
     * What each {@code bash walkthrough} block prints on a fresh {@code up}, in the same order: the
     * {@code text walkthrough-output} block after it, before the next command block; a block without one is an error.
     */
    List<String> outputs() {
        List<String> out = new ArrayList<>();
        Matcher block = BLOCK.matcher(section);
        List<int[]> blocks = new ArrayList<>();
        while (block.find()) {
            blocks.add(new int[] { block.start(), block.end() });
        }
        for (int i = 0; i < blocks.size(); i++) {
            int before = i + 1 < blocks.size() ? blocks.get(i + 1)[0] : section.length();
            Matcher shown = OUTPUT.matcher(section).region(blocks.get(i)[1], before);
            if (!shown.find()) {
                throw new AssertionError("walkthrough block " + (i + 1) + " shows no output (```text walkthrough-output)");
            }
            out.add(shown.group(1));
        }
        return out;
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

    /**
     * The blocks marked {@code bash readme-write}, in order: commands that change what the platform holds, which a user
     * runs after the walkthrough, one after another in one shell.
     */
    List<String> writingBlocks() {
        return blocks(WRITING);
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

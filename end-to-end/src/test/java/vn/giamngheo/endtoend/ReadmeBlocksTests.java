package vn.giamngheo.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command blocks as a whole: each that talks to the running platform is marked for the end-to-end test
 * that runs it ({@link WholeYearTests}); the others start or manage the local stack itself, or need Docker, and name
 * only what the stack's script does. Every block is bash that bash can read.
 */
class ReadmeBlocksTests {

    private static final Pattern BASH = Pattern.compile("(?ms)^```bash( [a-z-]+)?\\n(.*?)^```$");
    private static final Pattern SCRIPT = Pattern.compile("^deploy/local/platform ([a-z]+)\\b");
    private static final Pattern PORTS = Pattern.compile("(?m)^\\| ([a-zA-Z-]+) \\| (?:http://)?127\\.0\\.0\\.1:(\\d+)");

    private final Path root = Walkthrough.root();

    @Test
    void shouldMarkEveryBlockThatTalksToThePlatformForTheTestThatRunsIt() throws Exception {
        String help = run(List.of("bash", root.resolve("deploy/local/platform").toString(), "help"), null);
        List<String> unmarked = new ArrayList<>();
        Matcher block = BASH.matcher(readme());
        while (block.find()) {
            if (block.group(1) != null) {
                assertThat(block.group(1).trim()).as(block.group(2))
                        .isIn("walkthrough", "readme-run", "readme-write");
                continue;
            }
            unmarked.add(block.group(2));
            if (block.group(2).contains("docker compose")) {
                // Docker is not on the machines the suite runs on; deploy/checks holds the compose file to the code.
                continue;
            }
            for (String line : block.group(2).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
                Matcher command = SCRIPT.matcher(line);
                assertThat(command.find()).as("an unmarked block runs only the stack's script: " + line).isTrue();
                assertThat(help).as("the script's commands").containsPattern("(?m)^  " + command.group(1) + "\\b");
            }
        }
        assertThat(unmarked).as("the blocks that start or manage the stack, or need Docker").hasSize(3);
    }

    @Test
    void shouldWriteEveryBlockAsBashReadsIt(@TempDir Path dir) throws Exception {
        Matcher block = BASH.matcher(readme());
        int blocks = 0;
        while (block.find()) {
            Path script = dir.resolve("block-" + ++blocks + ".sh");
            Files.writeString(script, block.group(2));
            run(List.of("bash", "-n", script.toString()), null);
        }
        assertThat(blocks).isGreaterThan(10);
    }

    @Test
    void shouldReportTheComponentsAndPortsTheReadmeLists(@TempDir Path state) throws Exception {
        // The Ports table, as `status` (from "Other commands") reports the same components; nothing needs to run.
        Map<String, String> listed = new LinkedHashMap<>();
        Matcher row = PORTS.matcher(readme());
        while (row.find()) {
            listed.put(row.group(1).toLowerCase(java.util.Locale.ROOT), row.group(2));
        }
        assertThat(listed).hasSize(6);
        String status = run(List.of("bash", root.resolve("deploy/local/platform").toString(), "status"), state);
        Map<String, String> reported = new LinkedHashMap<>();
        status.lines().skip(1).map(l -> l.trim().split("\\s+"))
                .forEach(c -> reported.put(c[0], c[c.length - 1]));
        assertThat(reported).isEqualTo(listed);
    }

    private String readme() throws IOException {
        return Files.readString(root.resolve("README.md"));
    }

    /** Runs a command in the repository; answers what it printed, or fails with it. */
    private String run(List<String> command, Path state) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        if (state != null) {
            pb.environment().put("GIAMNGHEO_STATE_DIR", state.toString());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + " printed\n" + out).isZero();
        return out;
    }
}

package vn.giamngheo.household.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The service worker keeps the app's shell on the phone under a cache named by the digest of the shell's files: a
 * file changed without a new digest would leave phones on the old one for good.
 */
class AppShellTests {

    private static final Path APP = Path.of("src/main/resources/META-INF/resources/app");

    @Test
    void shouldNameTheShellCacheByTheDigestOfEveryShellFile() throws IOException, NoSuchAlgorithmException {
        String worker = Files.readString(APP.resolve("sw.js"));
        Matcher shell = Pattern.compile("const SHELL = \\[(.*?)\\];", Pattern.DOTALL).matcher(worker);
        assertThat(shell.find()).isTrue();
        List<String> files = new ArrayList<>();
        for (String f : shell.group(1).split(",")) {
            String name = f.strip().replace("'", "");
            if (!name.isEmpty() && !name.equals("./")) {
                files.add(name);
            }
        }
        try (var listed = Files.list(APP)) {
            assertThat(files).as("every file of the app is in the shell (sw.js itself aside)")
                    .containsExactlyInAnyOrderElementsOf(listed.map(p -> p.getFileName().toString())
                            .filter(n -> !n.equals("sw.js")).toList());
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String f : files) {
            sha.update(Files.readAllBytes(APP.resolve(f)));
        }
        String digest = HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        assertThat(worker).as("sw.js's VERSION (set it to the digest of the shell's files, in SHELL's order)")
                .contains("const VERSION = '" + digest + "';");
    }
}

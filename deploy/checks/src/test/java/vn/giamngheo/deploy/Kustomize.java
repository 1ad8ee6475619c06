package vn.giamngheo.deploy;

import static vn.giamngheo.deploy.DeploymentFiles.ROOT;
import static vn.giamngheo.deploy.DeploymentFiles.at;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The objects a kustomization stands for, as `kubectl apply -k` would send them to a cluster: rendered by
 * `kubectl kustomize`, which needs no cluster and no network. Reading the base's files alone would miss what the
 * overlays' patches do, and a patch that no longer applies.
 */
final class Kustomize {

    private static final Map<String, List<Map<String, Object>>> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    /** The rendered objects of a kustomization directory relative to the repository, e.g. deploy/k8s/overlays/dev. */
    static List<Map<String, Object>> render(String directory) {
        return RENDERED.computeIfAbsent(directory, Kustomize::run);
    }

    static List<Map<String, Object>> ofKind(String directory, String kind) {
        return render(directory).stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    static Map<String, Object> named(String directory, String kind, String name) {
        return ofKind(directory, kind).stream().filter(o -> name.equals(at(o, "metadata", "name"))).findFirst()
                .orElseThrow(() -> new AssertionError(directory + " renders no " + kind + " named " + name));
    }

    /** Each object's name with the value at a path: a failure shows these, not whole objects. */
    static Map<String, Object> values(List<Map<String, Object>> objects, String... path) {
        Map<String, Object> values = new TreeMap<>();
        objects.forEach(o -> values.put((String) at(o, "metadata", "name"), at(o, path)));
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> run(String directory) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("kustomize", ".yaml");
            err = Files.createTempFile("kustomize", ".err");
            Process process;
            try {
                process = new ProcessBuilder("kubectl", "kustomize", directory).directory(ROOT.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            } catch (IOException e) {
                // Failing, not skipping: the CI machine has kubectl, and these claims must not go unchecked silently.
                throw new AssertionError("kubectl is needed to render " + directory + " (`kubectl kustomize`, offline)"
                        + " and is not on the PATH: install kubectl", e);
            }
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + directory + " did not finish within 2 minutes");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + directory + " failed: " + Files.readString(err));
            }
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            List<Map<String, Object>> objects = new ArrayList<>();
            for (Object doc : new Yaml(options).loadAll(Files.readString(out))) {
                if (doc instanceof Map<?, ?> m) {
                    objects.add((Map<String, Object>) m);
                }
            }
            return List.copyOf(objects);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + directory, e);
        } finally {
            delete(out);
            delete(err);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A temporary file left behind does not change what was rendered.
            }
        }
    }
}

package vn.giamngheo.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Reads the repository's deployment files and the services' own settings, as plain data. */
final class DeploymentFiles {

    static final Path ROOT = locateRoot();
    static final List<String> SERVICES = List.of("plan", "household", "funding", "reporting");

    private DeploymentFiles() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> compose() {
        return (Map<String, Object>) load(ROOT.resolve("docker-compose.yml")).get(0);
    }

    /** Every Kubernetes document under deploy/k8s, each with the file it came from under "__file". */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> manifests() {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("deploy/k8s"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object doc : load(f)) {
                    if (doc instanceof Map<?, ?> m) {
                        Map<String, Object> copy = new java.util.LinkedHashMap<>((Map<String, Object>) m);
                        copy.put("__file", ROOT.relativize(f).toString());
                        docs.add(copy);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    static List<Map<String, Object>> ofKind(String kind) {
        return manifests().stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    static List<Object> load(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader r = Files.newBufferedReader(file)) {
            List<Object> docs = new ArrayList<>();
            new Yaml(options).loadAll(r).forEach(d -> {
                if (d != null) {
                    docs.add(d);
                }
            });
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A service's application.properties, where its port, database and channels are set. */
    static Properties serviceProperties(String service) {
        return properties(ROOT.resolve(service + "-service/src/main/resources/application.properties"));
    }

    /** The defaults every service shares (platform-web). */
    static Properties sharedProperties() {
        return properties(ROOT.resolve("platform-web/src/main/resources/META-INF/microprofile-config.properties"));
    }

    static Properties properties(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The environment variable that overrides a configuration property (MicroProfile Config's rule). */
    static String envOf(String property) {
        String key = property.startsWith("%") ? property.substring(property.indexOf('.') + 1) : property;
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    @SuppressWarnings("unchecked")
    static Object at(Object node, String... path) {
        Object current = node;
        for (String step : path) {
            if (current instanceof Map<?, ?> m) {
                current = ((Map<String, Object>) m).get(step);
            } else if (current instanceof List<?> l && step.matches("\\d+")) {
                current = l.get(Integer.parseInt(step));
            } else {
                return null;
            }
        }
        return current;
    }

    private static Path locateRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("docker-compose.yml"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("docker-compose.yml not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}

package vn.giamngheo.endtoend;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import vn.giamngheo.demo.Api;
import vn.giamngheo.demo.Tokens;

/**
 * The four services as they are shipped: each module's packaged jar started with {@code java -jar} in the
 * production profile, configured only by environment variables, as the local stack and the containers do — on
 * databases {@code <service>_e2e} (made fresh by the test command) and topics named for this run, with a key pair
 * of its own for the tokens.
 */
final class PackagedServices implements AutoCloseable {

    static final String ISSUER = "giamngheo-e2e";
    private static final List<String> SERVICES = List.of("plan", "household", "funding", "reporting");
    private static final List<String> TOPICS = List.of("plan-events", "household-events", "funding-events");
    /** The channels each service consumes, whose topics and consumer groups this run renames. */
    private static final Map<String, List<String>> CHANNELS = Map.of(
            "plan", List.of(), "household", List.of(), "funding", List.of("plan-events"),
            "reporting", TOPICS);

    private final Path root = Path.of(System.getProperty("giamngheo.root", "..")).toAbsolutePath().normalize();
    private final Path dir = Path.of(System.getProperty("giamngheo.e2e.dir", "target/e2e")).toAbsolutePath();
    private final String bootstrap = env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String prefix = "e2e-" + run + ".";
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private Tokens tokens;

    static PackagedServices start() throws Exception {
        PackagedServices s = new PackagedServices();
        try {
            s.boot();
        } catch (Exception | AssertionError e) {
            s.close();
            throw e;
        }
        return s;
    }

    private void boot() throws Exception {
        Files.createDirectories(dir);
        KeyPair keys = keyPair();
        Path publicKey = dir.resolve("public-" + run + ".pem");
        Files.writeString(publicKey, pem("PUBLIC KEY", keys.getPublic().getEncoded()));
        tokens = new Tokens(pem("PRIVATE KEY", keys.getPrivate().getEncoded()), ISSUER);
        try (Admin admin = admin()) {
            List<NewTopic> topics = new ArrayList<>();
            for (String t : TOPICS) {
                topics.add(new NewTopic(prefix + t, 6, (short) 1));
                topics.add(new NewTopic(prefix + t + ".dlq", 6, (short) 1));
            }
            admin.createTopics(topics).all().get();
        }
        for (String svc : SERVICES) {
            Path jar = root.resolve(svc + "-service/target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package)");
            }
            int port = freePort();
            ports.put(svc, port);
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(log(svc).toFile());
            Map<String, String> env = pb.environment();
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + env("GIAMNGHEO_PG_HOST", "127.0.0.1") + ":"
                    + env("GIAMNGHEO_PG_PORT", "5432") + "/" + svc + "_e2e?reWriteBatchedInserts=true");
            env.put("QUARKUS_DATASOURCE_USERNAME", svc);
            env.put("QUARKUS_DATASOURCE_PASSWORD", svc);
            env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
            env.put("GIAMNGHEO_KAFKA_TOPIC_PREFIX", prefix);
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
            env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
            for (String channel : CHANNELS.get(svc)) {
                String name = channel.toUpperCase().replace('-', '_');
                env.put("MP_MESSAGING_INCOMING_" + name + "_TOPIC", prefix + channel);
                env.put("MP_MESSAGING_INCOMING_" + name + "_GROUP_ID", svc + "-service-e2e-" + run);
            }
            processes.put(svc, pb.start());
        }
        for (String svc : SERVICES) {
            awaitReady(svc);
        }
    }

    Api api() {
        return new Api(Api.Services.local(ports.get("plan"), ports.get("household"), ports.get("funding"),
                ports.get("reporting")));
    }

    Tokens tokens() {
        return tokens;
    }

    String topicPrefix() {
        return prefix;
    }

    Path log(String svc) {
        return dir.resolve(svc + "-" + run + ".log");
    }

    private void awaitReady(String svc) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + ports.get(svc) + "/q/health/ready");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!processes.get(svc).isAlive()) {
                break;
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(svc + "-service did not become ready; its log:\n" + tail(svc));
    }

    String tail(String svc) {
        try {
            List<String> lines = Files.readAllLines(log(svc));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        for (Process p : processes.values()) {
            p.destroy();
        }
        for (Process p : processes.values()) {
            try {
                if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        try (Admin admin = admin()) {
            List<String> names = new ArrayList<>();
            for (String t : TOPICS) {
                names.add(prefix + t);
                names.add(prefix + t + ".dlq");
            }
            admin.deleteTopics(names).all().get();
        } catch (Exception ignored) {
            // a run's topics are named for it alone: one left behind disturbs nothing
        }
    }

    private Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(p);
    }

    private static KeyPair keyPair() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}

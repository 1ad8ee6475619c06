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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import vn.giamngheo.demo.Api;
import vn.giamngheo.demo.Tokens;

/**
 * The four services as they are shipped: each module's packaged jar started with {@code java -jar} in the
 * production profile, configured only by environment variables, as the local stack and the containers do — on
 * databases {@code <service>_e2e_<run>} and topics named for this run, with a key pair of its own for the tokens.
 *
 * <p>The databases are made here before the services start, owned by the service roles, and dropped by
 * {@link #close()} with the run's topics: a run never meets what another run left, so it can be repeated on the same
 * PostgreSQL and Kafka, also while other runs are under way. It connects as the test role {@code giamngheo_test},
 * which may create databases and is a member of the four service roles (the test command sets it up, and drops the
 * databases of a run killed before it could). It also lets the test read the services' outboxes and inboxes.
 */
final class PackagedServices implements AutoCloseable {

    static final String ISSUER = "giamngheo-e2e";
    /** The role that makes and drops the run's databases and reads them (see the test command). */
    private static final String TEST_ROLE = "giamngheo_test";
    private static final List<String> SERVICES = List.of("plan", "household", "funding", "reporting");
    private static final List<String> TOPICS = List.of("plan-events", "household-events", "funding-events");
    /** The channels each service consumes, whose topics and consumer groups this run renames. */
    private static final Map<String, List<String>> CHANNELS = Map.of(
            "plan", List.of(), "household", List.of(), "funding", List.of("plan-events"),
            "reporting", TOPICS);

    private final Path root = Path.of(System.getProperty("giamngheo.root", "..")).toAbsolutePath().normalize();
    private final Path dir = Path.of(System.getProperty("giamngheo.e2e.dir", "target/e2e")).toAbsolutePath();
    private final String bootstrap = env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    private final String postgres = "jdbc:postgresql://" + env("GIAMNGHEO_PG_HOST", "127.0.0.1") + ":"
            + env("GIAMNGHEO_PG_PORT", "5432") + "/";
    /** Eight hex digits: the test command drops databases left behind by their pattern, ^[a-z]+_e2e_[0-9a-f]{8}$. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String prefix = "e2e-" + run + ".";
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    private Tokens tokens;

    static PackagedServices start() throws Exception {
        PackagedServices s = new PackagedServices();
        try {
            s.boot();
        } catch (Exception | AssertionError e) {
            try {
                s.close();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
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
        // The local stack's layout, so that `deploy/local/platform token` signs with this run's key (the README's
        // walkthrough calls it): readable by the test's user alone, as the platform script keeps its own.
        Path privateKey = state().resolve("jwt/private.pem");
        Files.createDirectories(privateKey.getParent());
        Files.writeString(privateKey, pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
        Files.setPosixFilePermissions(privateKey, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        try (Admin admin = admin()) {
            List<NewTopic> topics = new ArrayList<>();
            for (String t : TOPICS) {
                topics.add(new NewTopic(prefix + t, 6, (short) 1));
                topics.add(new NewTopic(prefix + t + ".dlq", 6, (short) 1));
            }
            admin.createTopics(topics).all().get();
        }
        createDatabases();
        Path dciKey = dciKey();
        for (String svc : SERVICES) {
            Path jar = root.resolve(svc + "-service/target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package)");
            }
            int port = freePort();
            ports.put(svc, port);
            int management = freePort();
            managementPorts.put(svc, management);
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(log(svc).toFile());
            Map<String, String> env = pb.environment();
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
            env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(management));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres + database(svc) + "?reWriteBatchedInserts=true");
            env.put("QUARKUS_DATASOURCE_USERNAME", svc);
            env.put("QUARKUS_DATASOURCE_PASSWORD", svc);
            env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
            env.put("GIAMNGHEO_KAFKA_TOPIC_PREFIX", prefix);
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
            env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
            if (svc.equals("household")) {
                // As on Kubernetes: the key the deployment guide makes, required.
                env.put("GIAMNGHEO_DCI_SIGNING_KEY", dciKey.toString());
                env.put("GIAMNGHEO_DCI_SIGNING_KEY_REQUIRED", "true");
            }
            if (svc.equals("reporting")) {
                // household-service starts first: the services are started in the order of SERVICES.
                env.put("GIAMNGHEO_RECONCILIATION_HOUSEHOLD_URL", "http://127.0.0.1:" + ports.get("household"));
                // The test runs its comparisons itself: none on a schedule in between.
                env.put("GIAMNGHEO_RECONCILIATION_EVERY", "off");
            }
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

    /**
     * Makes household-service's DCI signing key with the commands deploy/README.md gives the operators, as written
     * (without the kubectl step that stores it in the cluster: see {@link #dciSecretCommand()}), in a directory of
     * this run, and answers the private half's file.
     */
    private Path dciKey() throws IOException, InterruptedException {
        Path keys = Files.createDirectories(dci());
        List<String> openssl = dciCommand().stream().filter(c -> c.startsWith("openssl ")).toList();
        Process p = new ProcessBuilder("bash", "-euo", "pipefail", "-c", String.join(" && ", openssl))
                .directory(keys.toFile()).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !Files.isRegularFile(keys.resolve("signing.pem"))) {
            throw new IllegalStateException("deploy/README.md's key commands " + openssl + " failed: " + printed);
        }
        return keys.resolve("signing.pem");
    }

    /** Where this run's DCI signing key pair is: signing.pem and signing.pub.pem. */
    Path dci() {
        return dir.resolve("dci-" + run);
    }

    /** The step of deploy/README.md's key commands that stores the pair as the cluster's secret. */
    String dciSecretCommand() {
        return dciCommand().stream().filter(c -> c.startsWith("kubectl ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("deploy/README.md stores no DCI key with kubectl"));
    }

    /** deploy/README.md's commands that make the DCI signing key, one per step of its {@code a && b && c}. */
    private List<String> dciCommand() {
        String guide;
        try {
            guide = Files.readString(root.resolve("deploy/README.md")).replaceAll("\\s*\\n\\s*", " ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("`(openssl genpkey [^`]*)`").matcher(guide);
        if (!m.find()) {
            throw new IllegalStateException("deploy/README.md gives no command that makes the DCI signing key");
        }
        return List.of(m.group(1).split(" && "));
    }

    Api api() {
        return new Api(Api.Services.local(ports.get("plan"), ports.get("household"), ports.get("funding"),
                ports.get("reporting")));
    }

    Tokens tokens() {
        return tokens;
    }

    /**
     * A state directory for {@code deploy/local/platform} ({@code GIAMNGHEO_STATE_DIR}) holding this run's key pair
     * as {@code jwt/private.pem}; with {@code GIAMNGHEO_JWT_ISSUER} set to {@link #ISSUER}, its {@code token} command
     * prints tokens these services accept.
     */
    Path state() {
        return dir.resolve("state-" + run);
    }

    /** Where a test may write files of its own for this run. */
    Path workDir(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name + "-" + run));
    }

    String topicPrefix() {
        return prefix;
    }

    Path log(String svc) {
        return dir.resolve(svc + "-" + run + ".log");
    }

    private void awaitReady(String svc) {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + managementPorts.get(svc) + "/q/health/ready");
        try {
            // Ready, or exited: a service that died is reported with its log at once, not after the timeout.
            org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !processes.get(svc).isAlive() || answersReady(http, ready));
        } catch (org.awaitility.core.ConditionTimeoutException timeout) {
            // the message below says what the log shows
        }
        if (!processes.get(svc).isAlive() || !answersReady(http, ready)) {
            throw new IllegalStateException(svc + "-service did not become ready; its log:\n" + tail(svc));
        }
    }

    private static boolean answersReady(HttpClient http, URI ready) {
        try {
            return http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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
        // The run's private keys go with it.
        for (Path keys : List.of(state(), dci())) {
            if (!Files.exists(keys)) {
                continue;
            }
            try (java.util.stream.Stream<Path> files = Files.walk(keys)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException ignored) {
                // target/ holds them: the next clean removes what is left
            }
        }
        dropDatabases();
    }

    // ---- the run's databases

    /** The database of a service in this run. */
    String database(String svc) {
        return svc + "_e2e_" + run;
    }

    private void createDatabases() throws SQLException {
        try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
            for (String svc : SERVICES) {
                // template0: a database exactly as PostgreSQL makes one, whatever was added to template1.
                st.execute("CREATE DATABASE " + database(svc) + " OWNER " + svc
                        + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }
    }

    /** Drops the run's databases, also those of a start that failed half-way; FORCE ends a connection still open. */
    private void dropDatabases() {
        List<String> failed = new ArrayList<>();
        try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
            for (String svc : SERVICES) {
                try {
                    st.execute("DROP DATABASE IF EXISTS " + database(svc) + " WITH (FORCE)");
                } catch (SQLException e) {
                    failed.add(database(svc) + ": " + e.getMessage());
                }
            }
        } catch (SQLException e) {
            failed.add(e.getMessage());
        }
        if (!failed.isEmpty()) {
            // Said loudly: a database left behind is only dropped by the next run of the test command.
            throw new IllegalStateException("the run's databases were not all dropped: " + failed);
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", TEST_ROLE);
        p.setProperty("password", TEST_ROLE);
        Connection c = new org.postgresql.Driver().connect(postgres + database, p);
        if (c == null) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + postgres + database);
        }
        return c;
    }

    // ---- the services' outboxes and inboxes

    /** A topic's events in the outbox of the service that publishes them: how many, the last id, how many unsent. */
    record OutboxState(long events, long lastId, long unsent) {
    }

    /** What a service's outbox holds, by topic (without this run's prefix): every event it ever wrote. */
    Map<String, OutboxState> outbox(String svc) {
        Map<String, OutboxState> out = new TreeMap<>();
        try (Connection c = connect(database(svc)); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT topic, count(*), max(id),"
                        + " count(*) FILTER (WHERE sent_at IS NULL) FROM outbox_event GROUP BY topic")) {
            while (rs.next()) {
                out.put(rs.getString(1), new OutboxState(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox of " + svc + "-service could not be read", e);
        }
        return out;
    }

    /**
     * The events a service's inbox applied, counted by topic (without this run's prefix). Its primary key is the
     * event's id and only the service that owns a topic publishes to this run's copy of it, so the inbox holds as
     * many of a topic's events as that service's outbox exactly when it applied every one of them.
     */
    Map<String, Long> applied(String svc) {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = connect(database(svc)); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT topic, count(*) FROM inbox_event GROUP BY topic")) {
            while (rs.next()) {
                String topic = rs.getString(1);
                out.put(topic.startsWith(prefix) ? topic.substring(prefix.length()) : topic, rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the inbox of " + svc + "-service could not be read", e);
        }
        return out;
    }

    /** The four services, in the order they are started. */
    static List<String> services() {
        return SERVICES;
    }

    /** The topics a service consumes. */
    static List<String> consumes(String svc) {
        return CHANNELS.get(svc);
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

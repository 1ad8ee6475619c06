package vn.giamngheo.platform.events.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A Kafka broker of a test's own, in a process of its own, on free ports and in a directory of its own, so that a
 * fault test can kill it ({@code kill -9}) and start it again without touching the broker every other test uses or
 * a stack started by {@code platform up}. It runs from the jars the test command installs for the local broker
 * ({@code GIAMNGHEO_KAFKA_LIBS}, or {@code .local/kafka/libs} of the checkout).
 */
public final class OwnBroker implements AutoCloseable {

    private final Path libs;
    private final Path home;
    private final int port;
    private final int controllerPort;
    private Process process;

    private OwnBroker(Path libs, Path home, int port, int controllerPort) {
        this.libs = libs;
        this.home = home;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Formats a fresh broker and starts it. */
    public static OwnBroker start() {
        try {
            Path libs = libs();
            Path home = Files.createTempDirectory("giamngheo-own-broker-");
            OwnBroker broker = new OwnBroker(libs, home, freePort(), freePort());
            broker.writeConfig();
            broker.run(List.of("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c",
                    broker.config().toString()), Duration.ofSeconds(60));
            broker.launch();
            return broker;
        } catch (IOException e) {
            throw new IllegalStateException("could not start a broker of the test's own", e);
        }
    }

    public String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /** Kills the broker's process at once, as a crash or {@code kill -9} would: nothing is flushed or handed over. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Starts the killed broker again, on the same ports and with the data it had. */
    public void restart() {
        launch();
    }

    public void createTopics(int partitions, String... names) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            List<NewTopic> topics = new ArrayList<>();
            for (String name : names) {
                topics.add(new NewTopic(name, partitions, (short) 1));
            }
            admin.createTopics(topics).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("could not create topics on the test's own broker", e);
        }
    }

    @Override
    public void close() {
        kill();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    private void launch() {
        try {
            Path log = home.resolve("broker.log");
            process = new ProcessBuilder(java(), "-Xmx256m", "-XX:+UseSerialGC", "-cp", libs.resolve("*").toString(),
                    "kafka.Kafka", config().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Process started = process;
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        if (!started.isAlive()) {
                            throw new IllegalStateException("the test's own broker stopped at start: see " + log);
                        }
                        return Files.readString(log).contains("Kafka Server started") && listening(port);
                    });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path config() {
        return home.resolve("server.properties");
    }

    private void writeConfig() throws IOException {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("auto.create.topics.enable", "false");
        p.put("log.dirs", home.resolve("data").toString());
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        try (var out = Files.newOutputStream(config())) {
            p.store(out, "a broker of a fault test's own");
        }
    }

    private void run(List<String> command, Duration limit) throws IOException {
        List<String> full = new ArrayList<>(List.of(java(), "-Xmx256m", "-cp", libs.resolve("*").toString()));
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("format.log").toFile())).start();
        try {
            if (!p.waitFor(limit.toSeconds(), java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("formatting the test's own broker failed: see "
                        + home.resolve("format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path libs() {
        String configured = System.getenv("GIAMNGHEO_KAFKA_LIBS");
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Paths.get(configured));
        }
        // A module's tests run in the module's directory: the checkout's local stack is one level up.
        candidates.add(Paths.get("..", ".local", "kafka", "libs"));
        candidates.add(Paths.get(".local", "kafka", "libs"));
        for (Path c : candidates) {
            try (Stream<Path> files = Files.exists(c) ? Files.list(c) : Stream.empty()) {
                if (files.anyMatch(f -> f.getFileName().toString().startsWith("kafka_"))) {
                    return c.toAbsolutePath();
                }
            } catch (IOException ignored) {
                // try the next place
            }
        }
        throw new IllegalStateException("no Kafka jars for a broker of the test's own: run the suite with"
                + " `deploy/local/platform test`, which installs them, or set GIAMNGHEO_KAFKA_LIBS");
    }

    private static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String clusterId() {
        // A Kafka cluster id is 16 bytes in URL-safe base64 without padding; one that starts with '-' would be read
        // by the storage tool as an option (one run in 64).
        while (true) {
            UUID u = UUID.randomUUID();
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16).putLong(u.getMostSignificantBits())
                    .putLong(u.getLeastSignificantBits());
            String id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

package vn.giamngheo.reporting.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives the reporting tests topics of their own: a report sums everything its topics ever held, so sharing them with
 * the other services' tests would change the numbers. They live as long as the reporting test database does (the
 * test command makes both afresh, or keeps both with --keep-data), so that a rebuild from the topics finds what the
 * live tables hold; each test writes about units and years of its own (TestKeys).
 */
public class OwnTopics implements QuarkusTestResourceLifecycleManager {

    static final List<String> CHANNELS = List.of("plan-events", "household-events", "funding-events");

    private static final String PREFIX = "test.reporting.";
    private String bootstrap;

    @Override
    public Map<String, String> start() {
        bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = CHANNELS.stream()
                    .flatMap(c -> java.util.stream.Stream.of(PREFIX + c, PREFIX + c + ".dlq"))
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, 6, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the reporting tests' topics", e);
        }
        Map<String, String> config = new HashMap<>();
        // The profiled key too: application.properties names the shared test topics under %test.
        CHANNELS.forEach(c -> {
            config.put("mp.messaging.incoming." + c + ".topic", PREFIX + c);
            config.put("%test.mp.messaging.incoming." + c + ".topic", PREFIX + c);
        });
        config.put("giamngheo.test.topic-prefix", PREFIX);
        return config;
    }

    @Override
    public void stop() {
        // The topics stay with the database whose tables they feed.
    }

    private Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(p);
    }
}

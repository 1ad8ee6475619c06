package vn.giamngheo.reporting.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives the reporting tests topics of their own, new for every run: a report sums everything its topics ever held,
 * so sharing them with the other services' tests, or with an earlier run, would change the numbers.
 */
public class OwnTopics implements QuarkusTestResourceLifecycleManager {

    static final List<String> CHANNELS = List.of("plan-events", "household-events", "funding-events");

    private final String prefix = "test.reporting-" + UUID.randomUUID().toString().substring(0, 8) + ".";
    private String bootstrap;

    @Override
    public Map<String, String> start() {
        bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        try (Admin admin = admin()) {
            List<NewTopic> topics = CHANNELS.stream()
                    .flatMap(c -> java.util.stream.Stream.of(prefix + c, prefix + c + ".dlq"))
                    .map(t -> new NewTopic(t, 6, (short) 1)).toList();
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the reporting tests' topics", e);
        }
        Map<String, String> config = new HashMap<>();
        // The profiled key too: application.properties names the shared test topics under %test.
        CHANNELS.forEach(c -> {
            config.put("mp.messaging.incoming." + c + ".topic", prefix + c);
            config.put("%test.mp.messaging.incoming." + c + ".topic", prefix + c);
        });
        config.put("giamngheo.test.topic-prefix", prefix);
        return config;
    }

    @Override
    public void stop() {
        try (Admin admin = admin()) {
            admin.deleteTopics(CHANNELS.stream().flatMap(c -> java.util.stream.Stream.of(prefix + c, prefix + c + ".dlq"))
                    .toList()).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Left behind, they are removed with every test.* topic by the next `platform test`.
        }
    }

    private Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(p);
    }
}

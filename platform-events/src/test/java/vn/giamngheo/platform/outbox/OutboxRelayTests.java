package vn.giamngheo.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.testing.Schemas;
import vn.giamngheo.platform.events.testing.TopicReader;
import vn.giamngheo.platform.events.Topics;

/** The outbox against the real PostgreSQL and the real broker: nothing lost, nothing doubled, order kept. */
@QuarkusTest
class OutboxRelayTests {

    // A port nothing listens on: the broker is "away" for the relay that uses it.
    private static final String NO_BROKER = "127.0.0.1:1";

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxRelayLifecycle lifecycle;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final List<OutboxRelay> relays = new ArrayList<>();

    @AfterEach
    void stopRelays() {
        relays.forEach(OutboxRelay::stop);
    }

    @Test
    void shouldDeliverEventsWrittenWhileTheBrokerWasAwayOnceItIsBack() {
        String aggregate = "plan-" + UUID.randomUUID();
        OutboxRelay away = relay(NO_BROKER);
        away.start("relay-without-broker");
        for (int i = 1; i <= 20; i++) {
            write(aggregate, i);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> away.lastError() != null);
        assertThat(unsent(aggregate)).isEqualTo(20);
        // The outage is information, not a reason to take the service out of rotation.
        RestAssured.given().get("/q/health/ready").then().statusCode(200);

        away.stop();
        OutboxRelay back = relay(bootstrap);
        back.start("relay-with-broker");
        await().atMost(Duration.ofSeconds(30)).until(() -> unsent(aggregate) == 0);

        List<ConsumerRecord<String, String>> published = published(aggregate, 20);
        assertThat(published).hasSize(20);
        assertThat(sequences(published)).containsExactlyElementsOf(range(1, 20));
        assertThat(amounts(published)).containsExactlyElementsOf(range(1, 20));
    }

    @Test
    void shouldPublishEveryRowOnceAndInOrderWithTwoRelaysRunning() throws Exception {
        String run = UUID.randomUUID().toString();
        List<String> aggregates = List.of("a-" + run, "b-" + run, "c-" + run, "d-" + run);
        OutboxRelay first = relay(bootstrap);
        OutboxRelay second = relay(bootstrap);
        first.start("relay-1");
        second.start("relay-2");

        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (String aggregate : aggregates) {
            done.add(writers.submit(() -> {
                for (int i = 1; i <= 50; i++) {
                    write(aggregate, i);
                }
            }));
        }
        // Half-way, the active relay goes away; the one standing by takes over.
        await().atMost(Duration.ofSeconds(20)).until(() -> first.isActive() || second.isActive());
        assertThat(first.isActive() && second.isActive()).isFalse();
        OutboxRelay active = first.isActive() ? first : second;
        OutboxRelay standby = active == first ? second : first;
        await().atMost(Duration.ofSeconds(20)).until(() -> active.publishedCount() > 0);
        active.stop();
        for (Future<?> f : done) {
            f.get();
        }
        writers.shutdown();
        await().atMost(Duration.ofSeconds(30)).until(standby::isActive);
        await().atMost(Duration.ofSeconds(30)).until(() -> aggregates.stream().mapToLong(this::unsent).sum() == 0);

        List<ConsumerRecord<String, String>> published = TopicReader.read(bootstrap, "test." + Topics.PLAN_EVENTS,
                r -> aggregates.contains(r.key()), 200, Duration.ofSeconds(30));
        assertThat(published).hasSize(200);
        assertThat(published.stream().map(r -> json(r).get("id").asText()).distinct()).hasSize(200);
        Map<String, List<ConsumerRecord<String, String>>> byAggregate = published.stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key));
        for (String aggregate : aggregates) {
            assertThat(sequences(byAggregate.get(aggregate))).as(aggregate).containsExactlyElementsOf(range(1, 50));
        }
    }

    @Test
    void shouldPublishACloudEventEnvelopeKeyedByTheAggregate() {
        String aggregate = "plan-" + UUID.randomUUID();
        write(aggregate, 7);
        OutboxRelay relay = relay(bootstrap);
        relay.start("relay-envelope");
        ConsumerRecord<String, String> record = published(aggregate, 1).get(0);
        JsonNode envelope = json(record);
        assertThat(record.key()).isEqualTo(aggregate);
        assertThat(envelope.get("specversion").asText()).isEqualTo("1.0");
        assertThat(envelope.get("source").asText()).isEqualTo("/giamngheo/platform-events-test");
        assertThat(envelope.get("type").asText()).isEqualTo(EventTypes.FUNDS_DISBURSED);
        assertThat(envelope.get("subject").asText()).isEqualTo(aggregate);
        assertThat(envelope.get("sequence").asLong()).isEqualTo(1);
        assertThat(envelope.get("data").get("amountVnd").asLong()).isEqualTo(7);
        assertThat(envelope.get("data").get("note").asText()).isEqualTo("Kinh phí thực hiện: Đoài Dương");
        assertThat(Schemas.envelopeErrors(envelope)).isEmpty();
    }

    private OutboxRelay relay(String bootstrapServers) {
        OutboxSettings s = lifecycle.settings();
        OutboxSettings fast = new OutboxSettings(s.source(), s.topicPrefix(), 50, Duration.ofMillis(50),
                Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(10));
        OutboxRelay relay = new OutboxRelay(dataSource,
                OutboxRelay.producerConfig(bootstrapServers, Duration.ofMillis(500)), fast);
        relays.add(relay);
        return relay;
    }

    private void write(String aggregate, long amount) {
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(Topics.PLAN_EVENTS, "test-aggregate", aggregate,
                EventTypes.FUNDS_DISBURSED, Map.of("amountVnd", amount, "note", "Kinh phí thực hiện: Đoài Dương")));
    }

    private long unsent(String aggregate) {
        try (var c = dataSource.getConnection();
                var ps = c.prepareStatement("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND sent_at IS NULL")) {
            ps.setString(1, aggregate);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ConsumerRecord<String, String>> published(String aggregate, int expected) {
        return TopicReader.read(bootstrap, "test." + Topics.PLAN_EVENTS, r -> aggregate.equals(r.key()), expected,
                Duration.ofSeconds(30));
    }

    private List<Long> sequences(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> json(r).get("sequence").asLong()).toList();
    }

    private List<Long> amounts(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> json(r).get("data").get("amountVnd").asLong()).toList();
    }

    private JsonNode json(ConsumerRecord<String, String> r) {
        try {
            return mapper.readTree(r.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> range(long from, long to) {
        List<Long> l = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            l.add(i);
        }
        return l;
    }
}

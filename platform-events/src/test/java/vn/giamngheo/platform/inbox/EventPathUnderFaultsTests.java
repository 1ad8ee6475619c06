package vn.giamngheo.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import vn.giamngheo.platform.events.Topics;
import vn.giamngheo.platform.events.testing.EventPublisher;
import vn.giamngheo.platform.events.testing.OwnBroker;
import vn.giamngheo.platform.events.testing.TopicReader;
import vn.giamngheo.platform.outbox.Outbox;
import vn.giamngheo.platform.outbox.OutboxRelay;
import vn.giamngheo.platform.outbox.OutboxRelayLifecycle;
import vn.giamngheo.platform.outbox.OutboxSettings;

/**
 * The event path from the outbox to a consumer's effects under the faults of a bad day: a broker killed mid-relay,
 * database sessions terminated during load, a table locked longer than every timeout, poison among good events.
 * Each case ends with the effects equal to what was written: nothing lost, nothing applied twice, nothing valid
 * dead-lettered. The broker that is killed is the test's own; the sessions terminated and the table locked are
 * those of this test application's database only.
 */
@QuarkusTest
class EventPathUnderFaultsTests {

    private static final String SOURCE = "/giamngheo/platform-events-test|";

    @Inject
    Outbox outbox;

    @Inject
    Inbox inbox;

    @Inject
    TestEventConsumer consumer;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxRelayLifecycle lifecycle;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void shouldKeepEachAggregatesOrderAndLoseNothingWhenTheBrokerIsKilledAndRestartedMidRelay() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> aggregates = IntStream.range(0, 12).mapToObj(i -> "hh-" + run + "-" + i).toList();
        int changes = 30;
        try (OwnBroker broker = OwnBroker.start()) {
            String prefix = "fault-" + run + ".";
            broker.createTopics(6, prefix + Topics.HOUSEHOLD_EVENTS, prefix + Topics.PLAN_EVENTS,
                    prefix + Topics.FUNDING_EVENTS);
            OutboxRelay relay = relay(broker.bootstrap(), prefix);
            relay.start("relay-under-faults");
            try {
                writeRounds(aggregates, 1, 10);
                await().atMost(Duration.ofSeconds(30)).until(() -> relay.publishedCount() >= 60);
                broker.kill();
                writeRounds(aggregates, 11, 20);
                await().atMost(Duration.ofSeconds(30)).until(() -> relay.lastError() != null);
                // The broker comes back while the last changes are being written and the relay is retrying.
                ExecutorService restart = Executors.newSingleThreadExecutor();
                Future<?> back = restart.submit(broker::restart);
                writeRounds(aggregates, 21, changes);
                back.get();
                restart.shutdown();
                await().atMost(Duration.ofSeconds(60)).until(() -> unsent(aggregates) == 0);
            } finally {
                relay.stop();
            }

            List<ConsumerRecord<String, String>> published = TopicReader.read(broker.bootstrap(),
                    prefix + Topics.HOUSEHOLD_EVENTS, r -> aggregates.contains(r.key()), aggregates.size() * changes,
                    Duration.ofSeconds(60));
            Map<String, List<Long>> firstSeen = new LinkedHashMap<>();
            Set<String> ids = new HashSet<>();
            int duplicates = 0;
            for (ConsumerRecord<String, String> r : published) {
                JsonNode e = mapper.readTree(r.value());
                if (ids.add(e.get("id").asText())) {
                    firstSeen.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(e.get("sequence").asLong());
                } else {
                    duplicates++;
                }
            }
            // On the topic, no event of an aggregate before an earlier one: the first copies are 1, 2, … in order.
            for (String a : aggregates) {
                assertThat(firstSeen.get(a)).as(a).containsExactlyElementsOf(range(1, changes));
            }
            System.out.printf("broker killed mid-relay: %d events, %d published again after the outage%n",
                    aggregates.size() * changes, duplicates);

            // And a consumer reading the topic as it is ends with every change applied once, in order.
            for (int from = 0; from < published.size(); from += 50) {
                inbox.process(published.subList(from, Math.min(published.size(), from + 50)), consumer::record);
            }
            for (String a : aggregates) {
                assertThat(applied(a)).as(a).containsExactlyElementsOf(range(1, changes));
            }
        }
    }

    @Test
    void shouldApplyEveryEventOnceWhileDatabaseSessionsAreTerminatedDuringLoadAndDeadLetterOnlyPoison()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> aggregates = IntStream.range(0, 20).mapToObj(i -> "hh-" + run + "-" + i).toList();
        List<String> poisoned = IntStream.range(0, 5).mapToObj(i -> "poisoned-" + run + "-" + i).toList();
        int changes = 100;
        OutboxRelay relay = relay(bootstrap, "test.");
        Set<String> poisonIds = new HashSet<>();
        AtomicInteger terminated = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        java.util.concurrent.ScheduledExecutorService terminator = Executors.newSingleThreadScheduledExecutor();
        try {
            relay.start("relay-while-sessions-end");
            terminator.scheduleWithFixedDelay(() -> {
                try {
                    terminated.addAndGet(terminateSessions());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, 0, 250, java.util.concurrent.TimeUnit.MILLISECONDS);
            List<Future<?>> writers = new ArrayList<>();
            for (List<String> part : List.of(aggregates.subList(0, 10), aggregates.subList(10, 20))) {
                writers.add(pool.submit(() -> writeRoundsRetrying(part, 1, changes)));
            }
            try (EventPublisher publisher = new EventPublisher(bootstrap)) {
                for (String p : poisoned) {
                    UUID poison = UUID.randomUUID();
                    poisonIds.add(poison.toString());
                    publisher.send("test." + Topics.HOUSEHOLD_EVENTS, p, EventPublisher.envelope(poison,
                            "/giamngheo/platform-events-test", "vn.giamngheo.test.unknown.v1", p, 1,
                            Map.of("amount", 1)));
                    publisher.send("test." + Topics.HOUSEHOLD_EVENTS, p, EventPublisher.envelope(UUID.randomUUID(),
                            "/giamngheo/platform-events-test", TestEventConsumer.KNOWN_TYPE, p, 2,
                            Map.of("amount", 2)));
                }
            }
            for (Future<?> w : writers) {
                w.get();
            }
            // Sessions keep ending while the relay publishes the rest (a look-up may meet an ended session too).
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> unsent(aggregates) == 0);
            terminator.shutdown();
            assertThat(terminator.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            await().atMost(Duration.ofSeconds(90)).until(() -> aggregates.stream().allMatch(
                    a -> applied(a).size() == changes) && poisoned.stream().allMatch(p -> applied(p).size() == 1));
        } finally {
            terminator.shutdownNow();
            relay.stop();
            pool.shutdownNow();
        }
        System.out.printf("sessions terminated during load: %d sessions ended, %d events written%n", terminated.get(),
                aggregates.size() * changes);
        assertThat(terminated.get()).isPositive();
        for (String a : aggregates) {
            assertThat(applied(a)).as(a).containsExactlyElementsOf(range(1, changes));
        }
        for (String p : poisoned) {
            assertThat(applied(p)).as(p).containsExactly(2L);
        }
        Set<String> subjects = new HashSet<>(aggregates);
        subjects.addAll(poisoned);
        List<ConsumerRecord<String, String>> dead = TopicReader.read(bootstrap, "test." + Topics.HOUSEHOLD_EVENTS
                + ".dlq", r -> subjects.contains(r.key()), poisoned.size(), Duration.ofSeconds(30));
        // Exactly the poison, each of them: a dead letter is written before its event is set aside, so a session
        // ended between the two writes it again (the same event, the same id), which its readers tell by the id.
        Set<String> deadIds = new HashSet<>();
        for (ConsumerRecord<String, String> r : dead) {
            deadIds.add(mapper.readTree(r.value()).get("id").asText());
        }
        assertThat(deadIds).containsExactlyInAnyOrderElementsOf(poisonIds);
    }

    @Test
    void shouldDelayConsumptionWhileATableIsLockedLongerThanEveryTimeoutAndCatchUpWithoutARestart() throws Exception {
        String subject = "hh-" + UUID.randomUUID();
        try (Connection locker = DriverManager.getConnection(jdbcUrl, user, password)) {
            locker.setAutoCommit(false);
            locker.createStatement().execute("LOCK TABLE test_effect IN ACCESS EXCLUSIVE MODE");
            try (EventPublisher publisher = new EventPublisher(bootstrap)) {
                for (int i = 1; i <= 20; i++) {
                    publisher.send("test." + Topics.HOUSEHOLD_EVENTS, subject, EventPublisher.envelope(
                            UUID.randomUUID(), "/giamngheo/platform-events-test", TestEventConsumer.KNOWN_TYPE,
                            subject, i, Map.of("amount", i)));
                }
            }
            // Past the lock timeout, the statement timeout and the stall limit of the test profile: liveness fails
            // (so that an orchestrator would restart a consumer stuck this long), readiness stays up and says why.
            await().atMost(Duration.ofSeconds(60)).until(() -> RestAssured.get("/q/health/live").statusCode() == 503);
            JsonNode ready = mapper.readTree(RestAssured.get("/q/health/ready").then().statusCode(200).extract()
                    .asString());
            JsonNode consumers = check(ready, "event consumers");
            assertThat(consumers.get("status").asText()).isEqualTo("UP");
            assertThat(consumers.get("data").get("test.household-events.recordsWaiting").asInt()).isPositive();
            assertThat(consumers.get("data").get("test.household-events.stalledSeconds").asLong()).isPositive();
            assertThat(consumers.get("data").get("test.household-events.lastError").asText()).contains("lock");
            // Nothing of it applied yet (the effects table itself is locked: the inbox's own record says so).
            assertThat(query("SELECT count(*) FROM inbox_event WHERE aggregate = ?", SOURCE + subject))
                    .containsExactly(0L);
            locker.rollback();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> applied(subject).size() == 20);
        assertThat(applied(subject)).containsExactlyElementsOf(range(1, 20));
        await().atMost(Duration.ofSeconds(30)).until(() -> RestAssured.get("/q/health/live").statusCode() == 200);
    }

    private OutboxRelay relay(String bootstrapServers, String prefix) {
        OutboxSettings s = lifecycle.settings();
        OutboxSettings fast = new OutboxSettings(s.source(), prefix, 20, Duration.ofMillis(50), Duration.ofMillis(100),
                Duration.ofMillis(500), Duration.ofSeconds(10));
        return new OutboxRelay(dataSource, OutboxRelay.producerConfig(bootstrapServers, Duration.ofSeconds(1)), fast);
    }

    private void writeRounds(List<String> aggregates, int from, int to) {
        for (int round = from; round <= to; round++) {
            for (String a : aggregates) {
                write(a, round);
            }
        }
    }

    /** As a client with an Idempotency-Key would: a write whose answer was lost is looked for before it is resent. */
    private Void writeRoundsRetrying(List<String> aggregates, int from, int to) {
        for (int round = from; round <= to; round++) {
            for (String a : aggregates) {
                int r = round;
                // Retried until it holds, each attempt on a fresh session: an ended one fails at once. Only after a
                // failed attempt can the change be in already (committed, its answer lost with the session), so
                // only then is it looked up before writing again: a look-up opens a connection of its own.
                boolean[] failed = { false };
                await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).ignoreExceptions()
                        .until(() -> {
                            try {
                                if (!failed[0] || lastWritten(a) < r) {
                                    write(a, r);
                                }
                                return true;
                            } catch (RuntimeException e) {
                                failed[0] = true;
                                throw e;
                            }
                        });
            }
        }
        return null;
    }

    private void write(String aggregate, long amount) {
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(Topics.HOUSEHOLD_EVENTS, "household", aggregate,
                TestEventConsumer.KNOWN_TYPE, Map.of("amount", amount)));
    }

    private long lastWritten(String aggregate) {
        return query("SELECT coalesce(max((payload->>'amount')::bigint), 0) FROM outbox_event WHERE aggregate_id = ?",
                aggregate).get(0);
    }

    private long unsent(List<String> aggregates) {
        return aggregates.stream().mapToLong(a -> query(
                "SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND sent_at IS NULL", a).get(0)).sum();
    }

    private List<Long> applied(String subject) {
        return query("SELECT amount FROM test_effect WHERE aggregate = ? ORDER BY applied_order", SOURCE + subject);
    }

    private List<Long> query(String sql, String parameter) {
        try (var c = DriverManager.getConnection(jdbcUrl, user, password); var ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (var rs = ps.executeQuery()) {
                List<Long> values = new ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getLong(1));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends every session of this test application's database but the caller's: its pool, relay and consumer. */
    private int terminateSessions() throws SQLException {
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        try (var c = DriverManager.getConnection(jdbcUrl.replace("/" + database, "/postgres"), user, password);
                var ps = c.prepareStatement("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))"
                        + " FROM pg_stat_activity WHERE datname = ? AND usename = current_user")) {
            ps.setString(1, database);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode c : health.get("checks")) {
            if (name.equals(c.get("name").asText())) {
                return c;
            }
        }
        throw new AssertionError("no health check named " + name + " in " + health);
    }

    private static List<Long> range(long from, long to) {
        List<Long> l = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            l.add(i);
        }
        return l;
    }
}

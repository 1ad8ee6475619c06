package vn.giamngheo.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.events.testing.EventPublisher;
import vn.giamngheo.platform.events.testing.TopicReader;

/** The inbox behind a real batch consumer on the real broker: each event applied once, poison set aside. */
@QuarkusTest
class InboxTests {

    private static final String TOPIC = "test.household-events";
    /** The amount of the last event a test sends about its subject. */
    private static final long SENTINEL = -1L;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Inbox inbox;

    @Inject
    TestEventConsumer consumer;

    @Test
    void shouldApplyARedeliveredEventOnce() {
        String subject = "hh-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        String event = envelope(id, subject, 1, TestEventConsumer.KNOWN_TYPE, 1_500_000);
        send(subject, event, event, envelope(UUID.randomUUID(), subject, 2, TestEventConsumer.KNOWN_TYPE, 1),
                sentinel(subject, 3));
        // The sentinel shares the subject's partition: once it is applied, so is every event sent before it.
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(subject).contains(SENTINEL));
        assertThat(applied(subject)).containsExactly(1_500_000L, 1L, SENTINEL);
    }

    @Test
    void shouldApplyAnEventThatArrivedBeforeAnEarlierOneAfterItAndIgnoreARepeatedOlderOne() {
        String subject = "hh-" + UUID.randomUUID();
        UUID second = UUID.randomUUID();
        send(subject,
                envelope(UUID.randomUUID(), subject, 1, TestEventConsumer.KNOWN_TYPE, 10),
                envelope(UUID.randomUUID(), subject, 3, TestEventConsumer.KNOWN_TYPE, 30),
                envelope(second, subject, 2, TestEventConsumer.KNOWN_TYPE, 20),
                envelope(second, subject, 2, TestEventConsumer.KNOWN_TYPE, 20),
                envelope(UUID.randomUUID(), subject, 4, TestEventConsumer.KNOWN_TYPE, 40),
                envelope(UUID.randomUUID(), subject, 1, TestEventConsumer.KNOWN_TYPE, 99),
                sentinel(subject, 5));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(subject).contains(SENTINEL));
        // In the order applied: the third after the second, although it arrived first.
        assertThat(applied(subject)).containsExactly(10L, 20L, 30L, 40L, SENTINEL);
        assertThat(held(subject)).isEmpty();
    }

    @Test
    void shouldHoldAnEventAcrossPollsUntilTheGapBeforeItCloses() {
        String subject = "hh-" + UUID.randomUUID();
        send(subject,
                envelope(UUID.randomUUID(), subject, 1, TestEventConsumer.KNOWN_TYPE, 10),
                envelope(UUID.randomUUID(), subject, 3, TestEventConsumer.KNOWN_TYPE, 30));
        await().atMost(Duration.ofSeconds(30)).until(() -> held(subject).equals(List.of(3L)));
        assertThat(applied(subject)).containsExactly(10L);

        send(subject, envelope(UUID.randomUUID(), subject, 2, TestEventConsumer.KNOWN_TYPE, 20), sentinel(subject, 4));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(subject).contains(SENTINEL));
        assertThat(applied(subject)).containsExactly(10L, 20L, 30L, SENTINEL);
        assertThat(held(subject)).isEmpty();
    }

    @Test
    void shouldRetryAnEventThatFailedForTheDatabasesSakeAndNeverDeadLetterIt() {
        String subject = "hh-" + UUID.randomUUID();
        send(subject,
                envelope(UUID.randomUUID(), subject, 1, TestEventConsumer.KNOWN_TYPE, 10),
                envelope(UUID.randomUUID(), subject, 2, TestEventConsumer.FLAKY_TYPE, 20),
                envelope(UUID.randomUUID(), subject, 3, TestEventConsumer.KNOWN_TYPE, 30),
                sentinel(subject, 4));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(subject).contains(SENTINEL));
        assertThat(applied(subject)).containsExactly(10L, 20L, 30L, SENTINEL);
        // Nothing of the subject on the dead-letter topic, read to its end.
        assertThat(TopicReader.read(bootstrap, TOPIC + ".dlq", r -> subject.equals(r.key()), 0, Duration.ofSeconds(30)))
                .isEmpty();
    }

    @Test
    void shouldApplyAnEventWhoseFirstAttemptFailedOnceAndSetAsideOneThatFailsEveryTime() {
        String subject = "hh-" + UUID.randomUUID();
        UUID broken = UUID.randomUUID();
        send(subject,
                envelope(UUID.randomUUID(), subject, 1, TestEventConsumer.HICCUP_TYPE, 10),
                envelope(broken, subject, 2, TestEventConsumer.BROKEN_TYPE, 20),
                envelope(UUID.randomUUID(), subject, 3, TestEventConsumer.KNOWN_TYPE, 30),
                sentinel(subject, 4));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(subject).contains(SENTINEL));
        // The hiccup did not repeat: applied. The handler's error repeated on every attempt: set aside, in its place.
        assertThat(applied(subject)).containsExactly(10L, 30L, SENTINEL);
        assertThat(setAside(subject)).containsExactly(2L);
        List<ConsumerRecord<String, String>> dead = TopicReader.read(bootstrap, TOPIC + ".dlq",
                r -> subject.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).extracting(r -> header(r, "dlq-reason")).containsOnly("the handler cannot record amount 20");
    }

    @Test
    void shouldSendPoisonToTheDeadLetterTopicAndGoOn() {
        String subject = "hh-" + UUID.randomUUID();
        send(subject,
                envelope(UUID.randomUUID(), subject, 1, TestEventConsumer.KNOWN_TYPE, 100),
                "{ this is not json",
                envelope(UUID.randomUUID(), subject, 2, "vn.giamngheo.test.unknown.v1", 200),
                envelope(UUID.randomUUID(), subject, 3, TestEventConsumer.KNOWN_TYPE, 300));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(subject).size() == 2);
        assertThat(applied(subject)).containsExactly(100L, 300L);

        List<ConsumerRecord<String, String>> dead = TopicReader.read(bootstrap, TOPIC + ".dlq",
                r -> subject.equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(dead).hasSize(2);
        assertThat(dead).extracting(ConsumerRecord::value)
                .anySatisfy(v -> assertThat(v).isEqualTo("{ this is not json"));
        assertThat(dead).extracting(r -> header(r, "dlq-reason"))
                .anySatisfy(reason -> assertThat(reason).contains("not a CloudEvents JSON envelope"))
                .anySatisfy(reason -> assertThat(reason).contains("unknown event type vn.giamngheo.test.unknown.v1"));
        assertThat(dead).extracting(r -> header(r, "dlq-original-topic")).containsOnly(TOPIC);
        // The unknown event took its place in the order (the third was not held for it) and waits for a replay.
        assertThat(held(subject)).isEmpty();
        assertThat(setAside(subject)).containsExactly(2L);
    }

    @Test
    void shouldApplyASetAsideEventWhenItIsReplayedOnceItsCauseIsFixed() {
        String subject = "hh-" + UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        send(subject,
                envelope(UUID.randomUUID(), subject, 1, TestEventConsumer.KNOWN_TYPE, 100),
                envelope(unknown, subject, 2, "vn.giamngheo.test.unknown.v1", 200),
                envelope(UUID.randomUUID(), subject, 3, TestEventConsumer.KNOWN_TYPE, 300));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(subject).size() == 2);

        // A consumer that now knows the type.
        EventHandler fixed = event -> consumer.record(event);
        assertThat(inbox.setAside(1000)).extracting(Inbox.SetAside::eventId).contains(unknown);
        // Still unknown to the live consumer: it stays set aside, with the reason.
        Inbox.Replay again = inbox.replaySetAside(unknown, topic -> consumer::apply, s -> { });
        assertThat(again.outcome()).isEqualTo(Inbox.Replayed.STILL_UNAPPLIABLE);
        assertThat(again.reason()).contains("unknown event type");
        assertThat(inbox.replaySetAside(unknown, topic -> fixed, s -> { }).outcome()).isEqualTo(Inbox.Replayed.APPLIED);
        assertThat(inbox.replaySetAside(unknown, topic -> fixed, s -> { }).outcome()).isEqualTo(Inbox.Replayed.NOT_SET_ASIDE);
        assertThat(inbox.setAside(1000)).extracting(Inbox.SetAside::eventId).doesNotContain(unknown);
        assertThat(applied(subject)).containsExactly(100L, 300L, 200L);
        assertThat(setAside(subject)).isEmpty();
    }

    private List<Long> applied(String subject) {
        try (var c = dataSource.getConnection();
                var ps = c.prepareStatement("SELECT amount FROM test_effect WHERE aggregate = ? ORDER BY applied_order")) {
            ps.setString(1, "/giamngheo/test-producer|" + subject);
            try (var rs = ps.executeQuery()) {
                List<Long> amounts = new java.util.ArrayList<>();
                while (rs.next()) {
                    amounts.add(rs.getLong(1));
                }
                return amounts;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Long> held(String subject) {
        return sequences("SELECT sequence FROM inbox_held_event WHERE aggregate = ? ORDER BY sequence", subject);
    }

    private List<Long> setAside(String subject) {
        return sequences("SELECT sequence FROM inbox_set_aside_event WHERE aggregate = ? AND replayed_at IS NULL"
                + " ORDER BY sequence", subject);
    }

    private List<Long> sequences(String sql, String subject) {
        try (var c = dataSource.getConnection(); var ps = c.prepareStatement(sql)) {
            ps.setString(1, "/giamngheo/test-producer|" + subject);
            try (var rs = ps.executeQuery()) {
                List<Long> values = new java.util.ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getLong(1));
                }
                return values;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(String key, String... values) {
        try (EventPublisher publisher = new EventPublisher(bootstrap)) {
            for (String v : values) {
                publisher.send(TOPIC, key, v);
            }
        }
    }

    private static String sentinel(String subject, long sequence) {
        return envelope(UUID.randomUUID(), subject, sequence, TestEventConsumer.KNOWN_TYPE, SENTINEL);
    }

    private static String envelope(UUID id, String subject, long sequence, String type, long amount) {
        return EventPublisher.envelope(id, "/giamngheo/test-producer", type, subject, sequence, Map.of("amount", amount));
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}

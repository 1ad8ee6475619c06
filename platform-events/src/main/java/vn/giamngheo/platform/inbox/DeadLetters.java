package vn.giamngheo.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;

import vn.giamngheo.platform.events.Topics;

/**
 * Sends an event that cannot be applied to {@code <topic>.dlq}, unchanged, with the error and its origin in
 * headers. The send is awaited: the original is acknowledged only once its dead letter is safe.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @Inject
    MeterRegistry registry;

    private Producer<String, String> producer;

    public void send(ConsumerRecord<String, String> record, Throwable error) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(Topics.deadLetterOf(record.topic()), record.key(),
                record.value());
        record.headers().forEach(h -> dead.headers().add(h));
        dead.headers().add("dlq-original-partition", bytes(Integer.toString(record.partition())));
        dead.headers().add("dlq-original-offset", bytes(Long.toString(record.offset())));
        send(dead, record.topic(), error, record.topic() + "-" + record.partition() + "@" + record.offset());
    }

    /** An event the inbox had held for a gap and that failed once its turn came: it has no offset of its own now. */
    public void send(String topic, String key, String value, Throwable error) {
        send(new ProducerRecord<>(Topics.deadLetterOf(topic), key, value), topic, error, topic + " (held event)");
    }

    private void send(ProducerRecord<String, String> dead, String originalTopic, Throwable error, String origin) {
        dead.headers().add("dlq-reason", bytes(String.valueOf(error.getMessage())));
        dead.headers().add("dlq-error", bytes(error.getClass().getName()));
        dead.headers().add("dlq-original-topic", bytes(originalTopic));
        dead.headers().add("dlq-consumer", bytes(applicationName));
        try {
            producer().send(dead).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not write the dead letter to " + dead.topic(), e);
        }
        // Counted by topic and kind of error, so that an alert can tell one bad producer from a broken consumer.
        registry.counter("giamngheo.inbox.dead.lettered", "topic", originalTopic, "error",
                error.getClass().getSimpleName()).increment();
        LOG.warnf("event at %s sent to %s: %s", origin, dead.topic(), error.getMessage());
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

package vn.giamngheo.platform.events.testing;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Publishes events on the real test topics the way the services' relays do, for the tests of the consumers: a
 * CloudEvents envelope with a sequence, keyed by the aggregate, acknowledged by the broker before it returns.
 */
public final class EventPublisher implements AutoCloseable {

    public static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final KafkaProducer<String, String> producer;
    private final String prefix;

    public EventPublisher(String bootstrap) {
        this(bootstrap, "test.");
    }

    /** @param prefix replaces "test." in the topic names the tests give (tests with topics of their own) */
    public EventPublisher(String bootstrap, String prefix) {
        this.prefix = prefix;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(p);
    }

    /** The envelope as JSON, so that a test can send the very same event twice. */
    public static String envelope(UUID id, String source, String type, String subject, long sequence, Object data) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("specversion", "1.0");
        e.put("id", id.toString());
        e.put("source", source);
        e.put("type", type);
        e.put("subject", subject);
        e.put("time", OffsetDateTime.now().toString());
        e.put("datacontenttype", "application/json");
        e.put("sequence", sequence);
        e.put("data", data);
        try {
            return MAPPER.writeValueAsString(e);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Sends a value (an envelope, or anything a poison test needs) and waits for the broker's acknowledgement. */
    public void send(String topic, String key, String value) {
        String physical = topic.startsWith("test.") ? prefix + topic.substring("test.".length()) : topic;
        try {
            producer.send(new ProducerRecord<>(physical, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}

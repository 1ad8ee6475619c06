package vn.giamngheo.reporting.api;

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

/** Publishes events on the real test topics the way the other services' relays do. */
final class Publisher implements AutoCloseable {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final KafkaProducer<String, String> producer;
    private final String prefix;

    /** @param prefix replaces "test." in the topic names the tests give */
    Publisher(String bootstrap, String prefix) {
        this.prefix = prefix;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(p);
    }

    /** The envelope as JSON, so that a test can send the very same event twice. */
    static String envelope(UUID id, String source, String type, String subject, long sequence, Object data) {
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

    void send(String topic, String key, String envelope) {
        try {
            producer.send(new ProducerRecord<>(prefix + topic.substring("test.".length()), key, envelope)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}

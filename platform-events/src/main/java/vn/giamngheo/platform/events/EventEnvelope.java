package vn.giamngheo.platform.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 event in structured JSON mode, as it travels on the platform's topics.
 *
 * <p>{@code sequence} is the platform's extension attribute: it increases by one with every event of the same
 * aggregate ({@code source} + {@code subject}), so that a consumer can tell a redelivered or older event from a
 * new one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String dataschema,
        long sequence,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    /** The aggregate's identity across the platform: ids are only unique within the service that owns them. */
    public String aggregateKey() {
        return source + "|" + subject;
    }
}

package vn.giamngheo.platform.events.testing;

import vn.giamngheo.platform.events.EventTypes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Checks JSON against the schemas shipped under {@code schemas/}, formats (uuid, date) included. */
public final class Schemas {

    private Schemas() {
    }

    public static Set<ValidationMessage> payloadErrors(String type, JsonNode payload) {
        return load(EventTypes.schemaPath(type)).validate(payload);
    }

    public static Set<ValidationMessage> envelopeErrors(JsonNode envelope) {
        return load("schemas/envelope.json").validate(envelope);
    }

    public static JsonSchema load(String path) {
        InputStream in = Schemas.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    }
}

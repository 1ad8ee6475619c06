package vn.giamngheo.household.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates requests and answers against the specification's OpenAPI document (test data, {@code dci/SOURCE.md}):
 * the schema of an operation's request body, of its 200 answer, of its callbacks' bodies, of the ACK and of the
 * HttpErrorResponse, formats (date-time, uri) asserted.
 */
final class DciSpec {

    private static final String DOCUMENT = "classpath:dci/social_api_v1.0.0.yaml";
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private DciSpec() {
    }

    /** The errors of a body sent to {@code path} (e.g. /registry/sync/search), or of a callback the registry posted. */
    static Set<ValidationMessage> requestErrors(String path, JsonNode body) {
        return schema("#/paths/" + escape(path) + "/post/requestBody/content/application~1json/schema").validate(body);
    }

    static void assertRequest(String path, JsonNode body) {
        assertThat(requestErrors(path, body)).as("request to " + path + " per the specification: " + body).isEmpty();
    }

    /** The answer of a sync operation (its default response: on-search, txn-on-status). */
    static void assertSyncAnswer(String path, JsonNode body) {
        assertThat(schema("#/paths/" + escape(path) + "/post/responses/default/content/application~1json/schema")
                .validate(body)).as("answer of " + path + " per the specification: " + body).isEmpty();
    }

    /** The Response of the specification: an ACK, or an ERR with its error. */
    static void assertResponse(JsonNode body) {
        assertThat(schema("#/components/responses/Response/content/application~1json/schema").validate(body))
                .as("Response per the specification: " + body).isEmpty();
    }

    static void assertHttpError(JsonNode body) {
        assertThat(schema("#/components/responses/HttpErrorResponse/content/application~1json/schema")
                .validate(body)).as("HttpErrorResponse per the specification: " + body).isEmpty();
        assertThat(body.path("errors")).as("errors").isNotEmpty();
    }

    private static JsonSchema schema(String pointer) {
        return SCHEMAS.computeIfAbsent(pointer, p -> JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(SchemaLocation.of(DOCUMENT + p), SchemaValidatorsConfig.builder()
                        .formatAssertionsEnabled(true).build()));
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}

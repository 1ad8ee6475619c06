package vn.giamngheo.platform.web.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;

/**
 * The OpenAPI document a running service serves, and what it promises of an answer: for an operation, the statuses it
 * lists, the media types of each, and the JSON Schema the body of each must satisfy (formats asserted).
 */
public final class ServedContract {

    /** An answer is one JSON value: anything after it is as wrong as a syntax error. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Map<String, Optional<ServedContract>> BY_ORIGIN = new ConcurrentHashMap<>();

    private final String base;
    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** The document's title (e.g. "giamngheo household-service"). */
    public String title() {
        return document.path("info").path("title").asText("?");
    }

    private record Operation(String method, String template, Pattern pattern, int variables, JsonNode node) {
    }

    private ServedContract(String origin, String text) throws Exception {
        this.base = "https://contract.giamngheo.test/" + Integer.toHexString(origin.hashCode()) + "/openapi.json";
        this.document = JSON.readTree(text);
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                .schemaLoaders(loaders -> loaders.schemas(Map.of(base, text))));
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            String template = path.getKey();
            String regex = "\\Q" + template.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
            int variables = template.split("\\{", -1).length - 1;
            path.getValue().fields().forEachRemaining(method -> operations.add(new Operation(
                    method.getKey().toUpperCase(Locale.ROOT), template, Pattern.compile(regex), variables,
                    method.getValue())));
        }
        // A literal segment is more specific than a variable: /rounds/open before /rounds/{id}.
        operations.sort(Comparator.comparingInt(Operation::variables));
    }

    /** A JSON pointer's segment, as a URI fragment holds it. */
    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }

    /**
     * The document served at {@code origin} (scheme, host and port), fetched once per test run; none where the origin
     * serves no document (a stand-in of the tests, such as an authorization server).
     */
    public static Optional<ServedContract> at(String origin) {
        return BY_ORIGIN.computeIfAbsent(origin, o -> {
            try {
                HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                        .send(HttpRequest.newBuilder(URI.create(o + "/q/openapi?format=json"))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 404) {
                    return Optional.empty();
                }
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(o + "/q/openapi answered " + answer.statusCode());
                }
                return Optional.of(new ServedContract(o, answer.body()));
            } catch (Exception e) {
                throw new IllegalStateException("the OpenAPI document of " + o + " could not be read", e);
            }
        });
    }

    /** The document of the service under test, served at {@code origin}. */
    public static ServedContract of(String origin) {
        return at(origin).orElseThrow(() -> new IllegalStateException(origin + " serves no OpenAPI document"));
    }

    /**
     * What is wrong with an answer to {@code method path}, by what the document says of that operation; nothing for a
     * path outside the API that the document does not describe (pages, the app), or one the service refused as unknown.
     */
    public List<String> problems(String method, String path, int status, String contentType, byte[] body) {
        Optional<Operation> found = operations.stream()
                .filter(o -> o.method().equals(method) && o.pattern().matcher(path).matches()).findFirst();
        if (found.isEmpty()) {
            // Unknown, or refused by the HTTP layer before any operation was chosen (too large, too long).
            boolean unknown = List.of(404, 405, 413, 414).contains(status) || !path.startsWith("/api/");
            return unknown ? List.of() : List.of(method + " " + path + " answered " + status
                    + ", and the document has no such operation");
        }
        Operation operation = found.get();
        String name = method + " " + operation.template();
        JsonNode responses = operation.node().path("responses");
        String code = String.valueOf(status);
        if (!responses.has(code)) {
            code = responses.has(code.charAt(0) + "XX") ? code.charAt(0) + "XX" : "default";
        }
        if (!responses.has(code)) {
            List<String> listed = new ArrayList<>();
            responses.fieldNames().forEachRemaining(listed::add);
            return List.of(name + " answered " + status + ", which the document does not list (it lists " + listed
                    + ")");
        }
        String at = "/paths/" + escape(operation.template()) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/"
                + code;
        JsonNode response = responses.path(code);
        if (response.has("$ref")) {
            at = response.path("$ref").asText().substring(1);
            response = document.at(at);
        }
        if (body.length == 0) {
            boolean promised = response.path("content").size() > 0 && status != 204 && status != 304
                    && !method.equals("HEAD");
            return promised ? List.of(name + " answered " + status + " with no body, where the document promises "
                    + response.path("content").fieldNames().next()) : List.of();
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode content = response.path("content");
        String listed = mediaType;
        if (!content.has(listed)) {
            listed = mediaType.substring(0, Math.max(0, mediaType.indexOf('/'))) + "/*";
        }
        if (!content.has(listed)) {
            listed = "*/*";
        }
        if (!content.has(listed)) {
            List<String> types = new ArrayList<>();
            content.fieldNames().forEachRemaining(types::add);
            return List.of(name + " answered " + status + " as " + (mediaType.isEmpty() ? "no media type" : mediaType)
                    + ", which the document does not list for it (it lists " + types + ")");
        }
        if (!content.path(listed).has("schema") || !(mediaType.equals("application/json") || mediaType.endsWith("+json"))) {
            return List.of();
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (Exception e) {
            return List.of(name + " answered " + status + " as " + mediaType + " with a body that is not JSON");
        }
        JsonSchema validator = validator(at + "/content/" + escape(listed) + "/schema");
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : validator.validate(answer)) {
            problems.add(name + " answered " + status + " with a body its schema refuses: " + message.getMessage());
        }
        return problems;
    }

    /**
     * What is missing or wrong in the document's examples: every JSON request body and every JSON answer has at least
     * one example (its own, or its schema's), and every example — of a body, an answer or a schema — is valid under the
     * schema it illustrates.
     */
    public List<String> exampleProblems() {
        List<String> problems = new ArrayList<>();
        for (Operation operation : operations) {
            String at = "/paths/" + escape(operation.template()) + "/" + operation.method().toLowerCase(Locale.ROOT);
            String name = operation.method() + " " + operation.template();
            JsonNode body = operation.node().path("requestBody");
            body.path("content").fields().forEachRemaining(media -> illustrated(name + " request " + media.getKey(),
                    at + "/requestBody/content/" + escape(media.getKey()), media.getKey(), media.getValue(), problems));
            operation.node().path("responses").fields().forEachRemaining(response -> response.getValue().path("content")
                    .fields().forEachRemaining(media -> illustrated(name + " " + response.getKey() + " " + media.getKey(),
                            at + "/responses/" + response.getKey() + "/content/" + escape(media.getKey()),
                            media.getKey(), media.getValue(), problems)));
        }
        document.path("components").path("schemas").fields().forEachRemaining(schema -> {
            int i = 0;
            for (JsonNode example : schema.getValue().path("examples")) {
                for (ValidationMessage message : validator("/components/schemas/" + escape(schema.getKey()))
                        .validate(example)) {
                    problems.add("schema " + schema.getKey() + " example " + i + ": " + message.getMessage());
                }
                i++;
            }
        });
        return problems;
    }

    private void illustrated(String name, String at, String mediaType, JsonNode media, List<String> problems) {
        if (!(mediaType.equals("application/json") || mediaType.endsWith("+json")) || !media.has("schema")) {
            return;
        }
        List<JsonNode> examples = new ArrayList<>();
        media.path("examples").forEach(example -> examples.add(example.path("value")));
        if (media.has("example")) {
            examples.add(media.path("example"));
        }
        if (examples.isEmpty() && !schemaHasExample(media.path("schema"), 0)) {
            problems.add(name + ": no example");
        }
        for (JsonNode example : examples) {
            for (ValidationMessage message : validator(at + "/schema").validate(example)) {
                problems.add(name + " example: " + message.getMessage());
            }
        }
    }

    private boolean schemaHasExample(JsonNode schema, int depth) {
        if (schema.has("examples") || schema.has("example")) {
            return true;
        }
        if (schema.has("$ref") && depth < 5) {
            return schemaHasExample(document.at(schema.path("$ref").asText().substring(1)), depth + 1);
        }
        // An array of illustrated items, or a page of them, is illustrated by them.
        return schema.has("items") && depth < 5 && schemaHasExample(schema.path("items"), depth + 1);
    }

    private JsonSchema validator(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> factory.getSchema(SchemaLocation.of(base + "#" + p), config));
    }
}

package vn.giamngheo.platform.web.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.giamngheo.platform.web.security.EndpointPolicy;
import vn.giamngheo.platform.web.security.EndpointRule;

/**
 * Walks every operation of the service's OpenAPI document with a corpus of bad input — in each path parameter, each
 * query parameter, the body as a whole and each of its fields — as a caller whose role the operation admits, and
 * requires an answer the caller can act on: a 4xx problem+json that does not echo the input, never a 500, and never
 * a 2xx from an operation that writes. Each service runs it with a subclass annotated {@code @QuarkusTest}.
 */
public abstract class ApiFuzzTests {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String LONG_TEXT = "ư".repeat(100_000);
    /** An answer longer than this echoes the input (the longest problem the platform writes is far shorter). */
    private static final int MAX_ANSWER = 20_000;

    /** Values for a path or query parameter, as the caller would type them. */
    private static final List<String> PARAMETER_VALUES = List.of("", " ", "-1", "0", "2147483648", "-2147483649",
            "9223372036854775808", "-9223372036854775809", "1e30", "NaN", "1.5", "0x10", "a\u0000b", "\u0007",
            "\ud800", "Nông Thị Mẫu\u0301\u0323 😀🇻🇳", "' OR '1'='1'; DROP TABLE audit_entry; --", "../../../../etc/passwd",
            "..%2F..%2Fetc%2Fpasswd", "${jndi:ldap://127.0.0.1/a}", "<script>alert(1)</script>", "+999999999-01-01",
            "1899-12-31", "2024-02-30", "ư".repeat(2_000));

    /** Values for one field of a body, as JSON. */
    private static final List<String> FIELD_VALUES = List.of("null", "true", "[]", "{}", "\"\"", "[null]", "[[]]",
            "\"" + LONG_TEXT + "\"", "\"a\\u0000b\"", "\"\\u001b[31m\"", "\"\\ud800\"", "\"\\udc00x\"",
            "\"Nông Thị Mẫu\u0301\u0323 😀🇻🇳\"", "\"' OR 1=1; DROP TABLE audit_entry; --\"", "\"../../etc/passwd\"",
            "1e30", "-1e30", "9223372036854775808", "-9223372036854775809", "9223372036854775807", "2147483648",
            "-2147483649", "-1", "0", "0.5", "\"9999-99-99\"", "\"+999999999-01-01\"", "\"1899-12-31\"",
            "\"2024-02-30\"", "[" + "1,".repeat(10_000) + "1]");

    /**
     * Values no field of any request may hold, put one at a time into the documented example of a request (which is
     * otherwise valid): so a field without a bound of its own cannot hide behind another field's error.
     */
    private static final List<String> NEVER_VALID = List.of("\"" + LONG_TEXT + "\"", "\"a\\u0000b\"", "\"\\ud800\"",
            "1e30", "9223372036854775808", "-9223372036854775809", "[[[[[[]]]]]]");

    /** Values no date of any request may hold, put into the example's dates. */
    private static final List<String> NEVER_A_DATE = List.of("\"+999999999-01-01\"", "\"1899-12-31\"",
            "\"2024-02-30\"", "\"2024-1-5\"");

    /** Whole bodies that are no request of any operation. */
    private static final List<String> BODIES = List.of("", "{", "{\"", "[", "]", "}", "null", "[]", "\"text\"", "1e30",
            "{\"a\":", "{'a':1}", "{\"a\":1}{\"a\":1}", "[".repeat(5_000) + "]".repeat(5_000),
            "{\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}");

    @Inject
    EndpointPolicy policy;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldAnswerEveryBadInputToEveryOperationWithAProblemAndChangeNothing() throws Exception {
        JsonNode document = json.readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!HTTP_METHODS.contains(op.getKey())) {
                    continue;
                }
                Operation operation = new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue(),
                        document);
                requests += operation.fuzz(failures);
            }
        }
        assertThat(requests).as("requests sent").isGreaterThan(100);
        assertThat(failures).as("answers to bad input (of %d requests)", requests).isEmpty();
    }

    /**
     * The media type of the errors of an operation: problem+json, unless the service serves a standard API under the
     * path whose errors have a format of their own (household-service's DCI API answers its specification's ERR).
     */
    protected String errorMediaType(String template) {
        return "application/problem+json";
    }

    @Test
    void shouldAnswerAHugeBodyAndAHugeAddressWithAProblem() {
        byte[] eleven = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(eleven, (byte) ' ');
        eleven[0] = '{';
        eleven[eleven.length - 1] = '}';
        Response huge = given().contentType("application/json").body(eleven).when().post("/api/v1/no-such-upload")
                .andReturn();
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.contentType()).startsWith("application/problem+json");
        assertThat(huge.asString()).hasSizeLessThan(MAX_ANSWER).contains("batches");

        Response longAddress = given().urlEncodingEnabled(false)
                .when().get("/api/v1/audit?area=" + "0".repeat(20_000)).andReturn();
        assertThat(longAddress.statusCode()).isEqualTo(414);
        assertThat(longAddress.contentType()).startsWith("application/problem+json");
        assertThat(longAddress.asString()).hasSizeLessThan(MAX_ANSWER);
    }

    /** One operation of the document and the bad requests it is sent. */
    private final class Operation {

        private final String method;
        private final String template;
        private final JsonNode node;
        private final JsonNode document;
        private final String key;
        private final EndpointRule rule;

        Operation(String method, String template, JsonNode node, JsonNode document) {
            this.method = method;
            this.template = template;
            this.node = node;
            this.document = document;
            this.key = method + " " + template;
            this.rule = policy.rule(key).orElseThrow(() -> new AssertionError(key + " has no access rule"));
        }

        int fuzz(List<String> failures) {
            int sent = 0;
            Map<String, String> examples = new LinkedHashMap<>();
            List<JsonNode> pathParameters = new ArrayList<>();
            for (JsonNode p : node.path("parameters")) {
                if ("path".equals(p.path("in").asText())) {
                    pathParameters.add(p);
                } else if ("query".equals(p.path("in").asText()) && p.has("example")) {
                    examples.put(p.path("name").asText(), p.path("example").asText());
                }
            }
            for (JsonNode p : pathParameters) {
                for (String value : PARAMETER_VALUES) {
                    if (value.isBlank()) {
                        // An empty segment names another operation (the list instead of one item).
                        continue;
                    }
                    Map<String, String> pathValues = new LinkedHashMap<>();
                    pathParameters.forEach(other -> pathValues.put(other.path("name").asText(), "1"));
                    pathValues.put(p.path("name").asText(), value);
                    check(failures, "path " + p.path("name").asText() + "=" + shown(value),
                            address(pathValues, examples), true, null);
                    sent++;
                }
            }
            for (JsonNode p : node.path("parameters")) {
                if (!"query".equals(p.path("in").asText())) {
                    continue;
                }
                String name = p.path("name").asText();
                boolean numeric = Set.of("integer", "number").contains(p.path("schema").path("type").asText())
                        || "date".equals(p.path("schema").path("format").asText());
                for (String value : PARAMETER_VALUES) {
                    Map<String, String> query = new LinkedHashMap<>(examples);
                    query.put(name, value);
                    // A text filter matching nothing is a fair answer to a read; a number or a date out of range is not.
                    check(failures, "query " + name + "=" + shown(value), address(ones(), query),
                            numeric && !value.isBlank() && !value.equals("0") && !value.equals("-1")
                                    ? true : !"GET".equals(method), null);
                    sent++;
                }
            }
            JsonNode body = node.path("requestBody").path("content").path("application/json").path("schema");
            if (!body.isMissingNode()) {
                for (String whole : BODIES) {
                    check(failures, "body " + shown(whole), address(ones(), examples), true, whole);
                    sent++;
                }
                List<String> fields = fieldsOf(body);
                if (!fields.isEmpty() && !fields.get(0).contains(".")) {
                    String first = fields.get(0);
                    check(failures, "duplicate " + first, address(ones(), examples), true,
                            "{\"" + first + "\":\"a\",\"" + first + "\":\"a\"}");
                    sent++;
                }
                for (String field : fields) {
                    for (String value : FIELD_VALUES) {
                        check(failures, "field " + field + "=" + shown(value), address(ones(), examples), true,
                                bodyWith(field, value));
                        sent++;
                    }
                }
                for (JsonNode example : examplesOf(node.path("requestBody").path("content").path("application/json"))) {
                    for (com.fasterxml.jackson.core.JsonPointer leaf : leaves(example,
                            com.fasterxml.jackson.core.JsonPointer.empty())) {
                        List<String> values = new ArrayList<>(NEVER_VALID);
                        if (example.at(leaf).asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                            values.addAll(NEVER_A_DATE);
                        }
                        for (String value : values) {
                            check(failures, "example with " + leaf + "=" + shown(value), address(ones(), examples),
                                    true, with(example, leaf, value));
                            sent++;
                        }
                    }
                }
                check(failures, "body not UTF-8", address(ones(), examples), true,
                        new String(new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' },
                                StandardCharsets.ISO_8859_1));
                sent++;
            }
            return sent;
        }

        /** The address with the values put in, each encoded as a client would (the server decodes them). */
        private String address(Map<String, String> pathValues, Map<String, String> query) {
            String path = template;
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
            }
            StringBuilder address = new StringBuilder(path);
            char separator = '?';
            for (Map.Entry<String, String> parameter : query.entrySet()) {
                address.append(separator).append(encode(parameter.getKey())).append('=')
                        .append(encode(parameter.getValue()));
                separator = '&';
            }
            return address.toString();
        }

        private Map<String, String> ones() {
            Map<String, String> values = new LinkedHashMap<>();
            for (JsonNode p : node.path("parameters")) {
                if ("path".equals(p.path("in").asText())) {
                    values.put(p.path("name").asText(), "1");
                }
            }
            return values;
        }

        private RequestSpecification request() {
            RequestSpecification request = given()
                    .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                            .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                    .header("Idempotency-Key", UUID.randomUUID().toString());
            if (!rule.isPublic()) {
                String role = rule.roles().isEmpty() ? "province-officer" : rule.roles().stream().sorted().findFirst()
                        .orElseThrow();
                request = request.auth().oauth2(TestTokens.token(role, "04"));
            }
            return request;
        }

        private void check(List<String> failures, String input, String address, boolean mustRefuse, String body) {
            RequestSpecification request = request().urlEncodingEnabled(false);
            if (body != null) {
                request = request.contentType("application/json").body(body.getBytes(
                        body.chars().anyMatch(c -> c > 0xFF) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
            }
            Response answer = request.when().request(method, address).andReturn();
            int status = answer.statusCode();
            String text = answer.asString();
            String where = key + " with " + input + " → " + status;
            if (status >= 500) {
                failures.add(where + ": " + shown(text));
            } else if (status < 400 && mustRefuse) {
                failures.add(where + ": accepted");
            } else if (status >= 400) {
                if (answer.contentType() == null || !answer.contentType().startsWith(errorMediaType(template))) {
                    failures.add(where + ": answered as " + answer.contentType());
                }
                if (text.length() > MAX_ANSWER) {
                    failures.add(where + ": the answer echoes the input (" + text.length() + " characters)");
                }
                if (text.contains("Exception") || text.contains("\tat ")) {
                    failures.add(where + ": the answer shows the platform's insides: " + shown(text));
                }
            }
        }

        /**
         * The fields of a body schema, as paths: top-level ({@code payee}), within a nested object ({@code
         * document.number}) and within the objects of a list ({@code reviews[].householdCode}), one level deep.
         */
        private List<String> fieldsOf(JsonNode schema) {
            List<String> fields = new ArrayList<>();
            resolve(schema).path("properties").fields().forEachRemaining(top -> {
                fields.add(top.getKey());
                JsonNode value = resolve(top.getValue());
                JsonNode nested = "array".equals(value.path("type").asText()) ? resolve(value.path("items")) : value;
                String separator = "array".equals(value.path("type").asText()) ? "[]." : ".";
                nested.path("properties").fieldNames()
                        .forEachRemaining(inner -> fields.add(top.getKey() + separator + inner));
            });
            return fields;
        }

        private JsonNode resolve(JsonNode schema) {
            if (schema.has("$ref")) {
                String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
                return document.path("components").path("schemas").path(name);
            }
            if (schema.has("allOf") && schema.get("allOf").size() == 1) {
                return resolve(schema.get("allOf").get(0));
            }
            return schema;
        }
    }

    /** The documented examples of a request body, parsed. */
    private List<JsonNode> examplesOf(JsonNode content) {
        List<JsonNode> found = new ArrayList<>();
        List<JsonNode> values = new ArrayList<>();
        content.path("examples").forEach(e -> values.add(e.path("value")));
        if (content.has("example")) {
            values.add(content.get("example"));
        }
        for (JsonNode value : values) {
            try {
                found.add(value.isTextual() ? json.readTree(value.asText()) : value);
            } catch (java.io.IOException notJson) {
                // An example that is no JSON is the contract issue's to fix; it gives no base here.
            }
        }
        return found;
    }

    /** Every value of the example that is no object or list, in the first item of each list. */
    private static List<com.fasterxml.jackson.core.JsonPointer> leaves(JsonNode node,
            com.fasterxml.jackson.core.JsonPointer at) {
        List<com.fasterxml.jackson.core.JsonPointer> found = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> found.addAll(leaves(f.getValue(), at.appendProperty(f.getKey()))));
        } else if (node.isArray()) {
            if (!node.isEmpty()) {
                found.addAll(leaves(node.get(0), at.appendIndex(0)));
            }
        } else if (!at.matches()) {
            found.add(at);
        }
        return found;
    }

    /** The example with one value replaced by raw JSON (which may be no valid JSON number for a long). */
    private static String with(JsonNode example, com.fasterxml.jackson.core.JsonPointer leaf, String value) {
        JsonNode copy = example.deepCopy();
        String marker = "@@fuzz-" + UUID.randomUUID() + "@@";
        JsonNode parent = copy.at(leaf.head());
        String last = leaf.last().getMatchingProperty();
        if (parent instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.put(last, marker);
        } else if (parent instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            array.set(leaf.last().getMatchingIndex(), com.fasterxml.jackson.databind.node.TextNode.valueOf(marker));
        }
        return copy.toString().replace("\"" + marker + "\"", value);
    }

    /** A body holding only the value at the field's path. */
    private static String bodyWith(String field, String value) {
        if (field.contains("[].")) {
            String[] parts = field.split("\\[\\]\\.", 2);
            return "{\"" + parts[0] + "\":[{\"" + parts[1] + "\":" + value + "}]}";
        }
        if (field.contains(".")) {
            String[] parts = field.split("\\.", 2);
            return "{\"" + parts[0] + "\":{\"" + parts[1] + "\":" + value + "}}";
        }
        return "{\"" + field + "\":" + value + "}";
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shown(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "…(" + value.length() + ")" : printable;
    }
}

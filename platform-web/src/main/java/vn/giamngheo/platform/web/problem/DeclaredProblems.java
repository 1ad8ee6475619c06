package vn.giamngheo.platform.web.problem;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Declares in the OpenAPI document the answers the platform itself gives on every operation of {@code /api/}, before
 * or beside what the operation does — so that a client generated from the document expects them, and the suite's
 * check of every answer against the document ({@code ContractFilter}) holds them to it:
 * <ul>
 * <li>every refusal (4xx, 5xx) is a problem ({@code application/problem+json}, schema {@code Problem}), and a success is
 * never one;</li>
 * <li>400 where the operation takes parameters or a body (a value it cannot read), 413 and 415 on every write (too
 * large; not JSON), 414 everywhere (an address too long), 503 everywhere (the database unavailable — try again
 * later; nothing was changed).</li>
 * </ul>
 * The other paths (household-service's DCI API) answer in the format of their own standard and are left as documented.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class DeclaredProblems implements OASFilter {

    private static final String PROBLEM = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        problemSchema(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    operation.setResponses(responses);
                }
                boolean body = operation.getRequestBody() != null;
                boolean parameters = body || (operation.getParameters() != null && !operation.getParameters().isEmpty())
                        || (item.getParameters() != null && !item.getParameters().isEmpty());
                if (parameters) {
                    add(responses, "400", "A parameter or a field the service cannot accept; the problem lists each"
                            + " with what to change. Nothing was changed.");
                }
                // A write consumes JSON: any other body is refused before the operation reads it, even where it takes none.
                boolean write = body || entry.getKey() == PathItem.HttpMethod.POST || entry.getKey() == PathItem.HttpMethod.PUT
                        || entry.getKey() == PathItem.HttpMethod.PATCH;
                if (write) {
                    add(responses, "413", "The request body is larger than the service accepts. Nothing was changed.");
                    add(responses, "415", "The body is not JSON in UTF-8 (Content-Type application/json). Nothing"
                            + " was changed.");
                }
                add(responses, "414", "The address is longer than the service accepts.");
                add(responses, "503", "The service cannot reach its database now; try again later. Nothing was"
                        + " changed.");
                for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
                    shape(response.getKey(), response.getValue(), path);
                }
            }
        });
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /**
     * The platform's own words for each refusal, as an example where the operation gives none of its own: a client's
     * developer sees what a problem looks like before meeting one.
     */
    private static final Map<String, String[]> EXAMPLES = Map.ofEntries(
            Map.entry("400", new String[] { "validation", "The request is not valid",
                    "A query or path parameter has the wrong form: numbers as digits, dates as YYYY-MM-DD, ids as"
                            + " UUIDs." }),
            Map.entry("401", new String[] { "unauthenticated", "Authentication required",
                    "Send a valid bearer token in the Authorization header; it may be missing, expired or not signed"
                            + " by a trusted issuer." }),
            Map.entry("403", new String[] { "forbidden", "Not allowed",
                    "Your account works for area 01501, which does not include unit 01477 on 2026-11-30. Ask an officer"
                            + " of that unit, or of a level above it." }),
            Map.entry("404", new String[] { "not-found", "Not found", "Nothing exists at this address." }),
            Map.entry("409", new String[] { "conflict", "Conflict with the current state",
                    "The request does not fit the current state of what it changes; the detail says what to do." }),
            Map.entry("412", new String[] { "stale-version", "Changed since you read it",
                    "Someone changed this since you read it (its ETag is now \"3\"). Read it again, redo your change on"
                            + " the current state, and send it with the new ETag in If-Match." }),
            Map.entry("413", new String[] { "body-too-large", "The request body is too large",
                    "The body announces 20971520 bytes; the platform reads at most 10485760 bytes in one request. Send"
                            + " the records in smaller batches." }),
            Map.entry("414", new String[] { "uri-too-long", "The address is too long",
                    "The address has 9000 characters; the platform reads at most 8192. Send long inputs in a request"
                            + " body." }),
            Map.entry("415", new String[] { "http-415", "Unsupported Media Type",
                    "Send the body as application/json with UTF-8 encoding." }),
            Map.entry("422", new String[] { "idempotency-key-reused", "Idempotency-Key already used",
                    "This Idempotency-Key was already used for a different request. Send a new key for a new request;"
                            + " resend the same body to get the first answer again." }),
            Map.entry("428", new String[] { "if-match-required", "If-Match required",
                    "Send the ETag you read in an If-Match header, so that a change made meanwhile by someone else is"
                            + " not overwritten." }),
            Map.entry("503", new String[] { "unavailable", "Service temporarily unavailable",
                    "The service's database is unavailable or did not answer in time, so the request changed nothing."
                            + " Send the same request again in a few seconds; for a write, with the same"
                            + " Idempotency-Key." }));

    /** A problem answer's content, illustrated by the platform's words for {@code code}. */
    public static Content problemContent(String code, String path) {
        org.eclipse.microprofile.openapi.models.media.MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM));
        illustrate(code, path, media);
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }

    private static void illustrate(String code, String path, org.eclipse.microprofile.openapi.models.media.MediaType media) {
        String[] words = EXAMPLES.get(code);
        if (words == null || (media.getExamples() != null && !media.getExamples().isEmpty())
                || media.getExample() != null) {
            return;
        }
        Map<String, Object> problem = new java.util.LinkedHashMap<>();
        problem.put("type", "urn:giamngheo:problem:" + words[0]);
        problem.put("title", words[1]);
        problem.put("status", Integer.parseInt(code));
        problem.put("detail", words[2]);
        problem.put("instance", path);
        media.addExample(words[0], OASFactory.createExample().value(problem));
    }

    /** A refusal is a problem; a success never is (an operation's @Produces lists the problem type for its refusals). */
    private static void shape(String code, APIResponse response, String path) {
        if (response.getRef() != null) {
            return;
        }
        boolean refusal = code.startsWith("4") || code.startsWith("5");
        Content content = response.getContent();
        if (refusal) {
            if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
                response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
            } else if (!content.hasMediaType(Problem.MEDIA_TYPE)) {
                response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))
                                .examples(content.getMediaTypes().values().stream()
                                        .map(org.eclipse.microprofile.openapi.models.media.MediaType::getExamples)
                                        .filter(e -> e != null && !e.isEmpty()).findFirst().orElse(null))));
            }
            illustrate(code, path, response.getContent().getMediaType(Problem.MEDIA_TYPE));
        } else if (content != null && content.hasMediaType(Problem.MEDIA_TYPE) && content.getMediaTypes().size() > 1) {
            content.removeMediaType(Problem.MEDIA_TYPE);
        }
    }

    /** The schema of {@link Problem}, defined here when no operation's signature made the scanner define it. */
    private static void problemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas != null && schemas.containsKey(PROBLEM)) {
            // Scanned from the record, whose type, title and status are required (every problem has them).
            return;
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        openAPI.getComponents().addSchema(PROBLEM, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem: what went wrong, in words the caller can act on")
                .required(List.of("type", "title", "status"))
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text).addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("field", text).addProperty("message", text))));
    }
}

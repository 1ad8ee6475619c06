package vn.giamngheo.platform.web.problem;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import vn.giamngheo.platform.database.TransientFailures;

/**
 * Turns every failure into {@code application/problem+json}: invalid input into a 4xx that says which field to
 * fix, security failures into 401/403, and anything unexpected into a 500 that names an error id for the
 * operators and shows the caller nothing of the internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String TYPE_PREFIX = "urn:giamngheo:problem:";
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(400, "validation", "The request is not valid", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String field = path(e);
        String expected = e.getTargetType() == null ? "another value" : describe(e.getTargetType());
        String message = "the value " + quote(e.getValue()) + " is not valid here; expected " + expected;
        return respond(400, "validation", "The request is not valid", field + ": " + message, uri,
                List.of(new Problem.FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = path(e);
        String message = "this field is not part of the request; check its spelling";
        return respond(400, "validation", "The request is not valid", field + ": " + message, uri,
                List.of(new Problem.FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = path(e);
        if (e instanceof StrictJson.RefusedValueException) {
            String message = e.getOriginalMessage();
            return respond(400, "validation", "The request is not valid", field + ": " + message, uri,
                    List.of(new Problem.FieldError(field, message)));
        }
        String expected = e.getTargetType() == null ? "a value of another kind" : describe(e.getTargetType());
        String message = "expected " + expected;
        return respond(400, "validation", "The request is not valid", field + ": " + message, uri,
                List.of(new Problem.FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        java.util.regex.Matcher twice = java.util.regex.Pattern.compile("Duplicate field '([^']{1,100})'")
                .matcher(String.valueOf(e.getOriginalMessage()));
        if (twice.find()) {
            String message = "is given twice; send each field once";
            return respond(400, "validation", "The request is not valid", twice.group(1) + ": " + message, uri,
                    List.of(new Problem.FieldError(twice.group(1), message)));
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return respond(400, "malformed-json", "The request body is not valid JSON",
                "The body could not be read as JSON" + where + ". Check for a missing quote, comma or bracket.", uri,
                List.of());
    }

    private Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof InvalidFormatException f) {
            return invalidFormat(f, uri);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownProperty(u, uri);
        }
        if (e instanceof MismatchedInputException m) {
            return mismatchedInput(m, uri);
        }
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Not allowed",
                "Your role does not allow this operation. Sign in with an account that has the role it needs.", uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // The JSON reader reports some unreadable bodies wrapped in a 400: answer them like the unwrapped ones.
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        // JAX-RS answers a query or path parameter it cannot convert with 404; it is the caller's input at fault.
        Throwable cause = e.getCause();
        if (status == 404 && (cause instanceof IllegalArgumentException
                || cause instanceof java.time.format.DateTimeParseException)) {
            return respond(400, "validation", "The request is not valid", "A query or path parameter has the wrong"
                    + " form: numbers as digits, dates as YYYY-MM-DD, ids as UUIDs.", uri, List.of());
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Request refused"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "Nothing exists at " + uri.getPath() + ".";
            case 405 -> "This address does not accept that method.";
            case 406 -> "The service answers in application/json (or the formats an operation lists in the API docs).";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the body as application/json with UTF-8 encoding.";
            default -> e.getMessage();
        };
        return respond(status, "http-" + status, title, detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof ProblemException p) {
                return problem(p, uri);
            }
            cause = cause.getCause();
        }
        if (cause instanceof ProblemException p) {
            return problem(p, uri);
        }
        if (TransientFailures.isTransient(e)) {
            return unavailable(e, uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", errorId, uri == null ? "?" : uri.getPath());
        return respond(500, "internal", "Internal error",
                "The service failed to complete the request and changed nothing. Report error id " + errorId
                        + " to the platform operators.",
                uri, List.of());
    }

    /**
     * The database was away, closed, locked past the time limit or cancelled the statement: nothing was committed,
     * and the same request succeeds once it is back. Writes carry an Idempotency-Key, so the retry is safe.
     */
    private Response unavailable(Throwable e, UriInfo uri) {
        LOG.warnf("answered 503 on %s: the database is unavailable or too slow (%s)", uri == null ? "?" : uri.getPath(),
                e.toString());
        Response r = respond(503, "unavailable", "Service temporarily unavailable",
                "The service's database is unavailable or did not answer in time, so the request changed nothing."
                        + " Send the same request again in a few seconds; for a write, with the same Idempotency-Key.",
                uri, List.of());
        return Response.fromResponse(r).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    private Response unauthenticated(UriInfo uri) {
        Response r = respond(401, "unauthenticated", "Authentication required",
                "Send a valid bearer token in the Authorization header; it may be missing, expired or not signed by a"
                        + " trusted issuer.",
                uri, List.of());
        return Response.fromResponse(r).header("WWW-Authenticate", "Bearer").build();
    }

    static Response respond(int status, String type, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        Problem p = new Problem(TYPE_PREFIX + type, title, status, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // "create.request.members[0].name" → "members[0].name": drop the method and parameter names.
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts.length == 2 ? parts[1] : path;
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "one of " + java.util.Arrays.stream(constants).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number, written without quotes";
        }
        if (type == java.time.LocalDate.class) {
            return "a date as YYYY-MM-DD";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    /** The value as the caller sent it, shortened: a problem names what was wrong, it does not echo a long input. */
    private static String quote(Object value) {
        String text = String.valueOf(value);
        if (text.length() > 40) {
            text = text.substring(0, 40) + "…(" + text.length() + " characters)";
        }
        return value instanceof String ? "\"" + text + "\"" : text;
    }
}

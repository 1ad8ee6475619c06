package vn.giamngheo.platform.web.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Requests too large to read are answered like any other bad request, as a problem the caller can act on, before
 * anything reads them: an address longer than {@code giamngheo.requests.max-uri-length} (414) and a body announced
 * longer than {@code quarkus.http.limits.max-body-size} (413). The HTTP layer's own limits sit above these (the
 * request line at 64 KB) so that such requests reach this check instead of ending in an empty answer.
 */
@ApplicationScoped
public class RequestLimits {

    @ConfigProperty(name = "giamngheo.requests.max-uri-length", defaultValue = "8192")
    int maxUriLength;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper mapper;

    void register(@Observes Filters filters) {
        filters.register(this::check, 1000);
    }

    private void check(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri.length() > maxUriLength) {
            refuse(rc, 414, "uri-too-long", "The address is too long",
                    "The address has " + uri.length() + " characters; the platform reads at most " + maxUriLength
                            + ". Send long inputs in a request body.");
            return;
        }
        String refusal = addressRefusal(uri);
        if (refusal != null) {
            refuse(rc, 400, "validation", "The request is not valid", refusal);
            return;
        }
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            refuse(rc, 413, "body-too-large", "The request body is too large",
                    "The body announces " + length.strip() + " bytes; the platform reads at most "
                            + maxBodySize.asLongValue() + " bytes in one request. Send the records in smaller batches.");
            return;
        }
        rc.next();
    }

    /**
     * Why the address cannot be read, or null: a control character in a path or query parameter (PostgreSQL cannot
     * store U+0000, and no code or filter holds one), or an escape that decodes to no UTF-8 text.
     */
    static String addressRefusal(String uri) {
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(uri.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "The address holds a malformed %-escape. Encode parameters as UTF-8 and escape '%' as %25.";
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return "A path or query parameter holds the control character " + String.format("U+%04X", (int) c)
                        + "; remove it.";
            }
            if (c == '\uFFFD') {
                return "A path or query parameter is not valid UTF-8 text. Encode parameters as UTF-8.";
            }
        }
        return null;
    }

    private boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            // A Content-Length that is no number: the HTTP layer refuses the request itself.
            return false;
        }
    }

    private void refuse(RoutingContext rc, int status, String type, String title, String detail) {
        Problem problem = new Problem(ProblemMappers.TYPE_PREFIX + type, title, status, detail,
                rc.request().path() == null || rc.request().path().length() > 200 ? null : rc.request().path(),
                java.util.List.of());
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem could not be written", e);
        }
        // The rest of a body that is not read would be taken for the next request on this connection.
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}

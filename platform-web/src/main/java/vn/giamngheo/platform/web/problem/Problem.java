package vn.giamngheo.platform.web.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail: what went wrong, in words the caller can act on, and for invalid input the list of
 * fields at fault. Never a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field at fault: its path in the request (e.g. {@code members[2].birthYear}) and what to change. */
    public record FieldError(String field, String message) {
    }
}

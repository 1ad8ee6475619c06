package vn.giamngheo.platform.web.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail: what went wrong, in words the caller can act on, and for invalid input the list of
 * fields at fault. Never a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(@Schema(required = true) String type, @Schema(required = true) String title,
        @Schema(required = true) int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field at fault: its path in the request (e.g. {@code members[2].birthYear}) and what to change. */
    public record FieldError(String field, String message) {
    }
}

package vn.giamngheo.platform.web.problem;

import java.util.List;

/** A failure the caller can act on, with the HTTP status and problem type it is answered with. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException badRequest(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(400, "validation", "The request is not valid", detail, errors);
    }

    public static ProblemException invalidField(String field, String message) {
        return badRequest(field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Not allowed", detail, List.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict with the current state", detail, List.of());
    }

    /** The client's If-Match names a state that has changed since it read it. */
    public static ProblemException staleVersion(String current) {
        return new ProblemException(412, "stale-version", "Changed since you read it",
                "Someone changed this since you read it (its ETag is now " + current + "). Read it again, redo your"
                        + " change on the current state, and send it with the new ETag in If-Match.",
                List.of());
    }

    /** A change that must name the state it applies to came without If-Match. */
    public static ProblemException ifMatchRequired() {
        return new ProblemException(428, "if-match-required", "If-Match required",
                "Send the ETag you read in an If-Match header, so that a change made meanwhile by someone else is"
                        + " not overwritten.",
                List.of());
    }

    public static ProblemException unprocessable(String type, String title, String detail) {
        return new ProblemException(422, type, title, detail, List.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}

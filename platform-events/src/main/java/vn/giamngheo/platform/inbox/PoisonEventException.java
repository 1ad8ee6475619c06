package vn.giamngheo.platform.inbox;

/** An event that no retry can apply: unreadable, of an unknown type, or contradicting the consumer's state. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}

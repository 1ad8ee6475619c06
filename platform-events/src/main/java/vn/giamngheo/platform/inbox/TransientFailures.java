package vn.giamngheo.platform.inbox;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Whether a failure to apply an event is the database's passing state rather than the event's fault: a lost or
 * refused connection, a deadlock, a serialization conflict, a lock or statement timeout, a server shutting down. Such
 * an event is retried, never dead-lettered; only an event that can never be applied is poison.
 */
public final class TransientFailures {

    /** SQLSTATE classes and codes (PostgreSQL, Appendix A) that say "try again later". */
    private static final Set<String> TRANSIENT_CLASSES = Set.of(
            "08",  // connection exception
            "53"); // insufficient resources (too many connections, out of memory, disk full)
    private static final Set<String> TRANSIENT_CODES = Set.of(
            "40001", // serialization failure
            "40P01", // deadlock detected
            "55P03", // lock not available (lock_timeout)
            "57014", // query canceled (statement_timeout)
            "57P01", // admin shutdown: terminating connection due to administrator command
            "57P02", // crash shutdown
            "57P03", // cannot connect now
            "58000", // system error
            "58030"); // I/O error

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonEventException) {
                return false;
            }
            if (t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (TRANSIENT_CODES.contains(state) || TRANSIENT_CLASSES.contains(state.substring(0, 2))) {
                    return true;
                }
            }
        }
        return false;
    }
}

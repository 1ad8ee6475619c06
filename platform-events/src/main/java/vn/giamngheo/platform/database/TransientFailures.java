package vn.giamngheo.platform.database;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

import vn.giamngheo.platform.inbox.PoisonEventException;

/**
 * Whether a failure is the database's passing state rather than the fault of what was asked: a lost or refused
 * connection, a database closed to connections, a deadlock, a serialization conflict, a lock or statement timeout, a
 * server shutting down. An event that failed so is retried, never dead-lettered (only an event that can never be
 * applied is poison); a request that failed so is answered 503 with Retry-After.
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
        boolean commitFailed = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonEventException) {
                return false;
            }
            if (t instanceof CommitFailedException) {
                return true;
            }
            // The transaction manager could not commit: the work was done, so unless an error of the work's own
            // (a constraint checked at commit) is in the chain, it is the connection that failed under it.
            if (t instanceof jakarta.transaction.RollbackException) {
                commitFailed = true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && commitFailed
                    && !TRANSIENT_CODES.contains(sql.getSQLState())
                    && !TRANSIENT_CLASSES.contains(sql.getSQLState().substring(0, 2))) {
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
                // 55000 is mostly a programming error, but also what a database closed to connections answers.
                if ("55000".equals(state) && String.valueOf(sql.getMessage()).contains("not currently accepting")) {
                    return true;
                }
            }
            // The connection pool gave up waiting for a connection it could not open: it names no SQLSTATE.
            if (t instanceof SQLException sql && sql.getSQLState() == null
                    && String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                return true;
            }
        }
        return commitFailed;
    }
}

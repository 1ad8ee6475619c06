package vn.giamngheo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.platform.inbox.PoisonEventException;

/** Which failures to apply an event are the database's passing state (retried) and which the event's (poison). */
class TransientFailuresTests {

    @ParameterizedTest(name = "SQLSTATE {0} → transient {1}")
    @CsvSource({
            "08006, true",   // connection failure
            "08001, true",   // cannot establish a connection
            "53300, true",   // too many connections
            "40001, true",   // serialization failure
            "40P01, true",   // deadlock
            "55P03, true",   // lock_timeout
            "57014, true",   // statement_timeout
            "57P01, true",   // terminating connection due to administrator command
            "57P03, true",   // the database system is starting up
            "23505, false",  // unique violation: the event's own fault
            "23502, false",  // not-null violation
            "22003, false",  // numeric value out of range
            "42P01, false"}) // undefined table: a bug, not a passing state
    void shouldRetryOnlyTheDatabasesPassingStates(String state, boolean transientFailure) {
        SQLException sql = new SQLException("from the database", state);
        assertThat(TransientFailures.isTransient(sql)).isEqualTo(transientFailure);
        // As a persistence layer hands it up: wrapped, perhaps twice.
        assertThat(TransientFailures.isTransient(new IllegalStateException(new RuntimeException(sql))))
                .isEqualTo(transientFailure);
    }

    @Test
    void shouldRetryATransientJdbcFailureWithoutAState() {
        assertThat(TransientFailures.isTransient(new SQLTransientConnectionException("pool exhausted"))).isTrue();
    }

    @Test
    void shouldRetryWhileTheDatabaseIsClosedToConnections() {
        assertThat(TransientFailures.isTransient(new SQLException(
                "FATAL: database \"household\" is not currently accepting connections", "55000"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("Sorry, acquisition timeout!"))).isTrue();
        // The same state for a programming error is not a passing state.
        assertThat(TransientFailures.isTransient(new SQLException(
                "currval of sequence \"s\" is not yet defined in this session", "55000"))).isFalse();
    }

    @Test
    void shouldRetryATransactionThatFailedToCommitUnlessItsOwnWorkWasAtFault() {
        assertThat(TransientFailures.isTransient(new CommitFailedException(new IllegalStateException("closed"))))
                .isTrue();
        // The transaction manager's word for a commit whose connection was closed under it.
        assertThat(TransientFailures.isTransient(new IllegalStateException(
                new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.")))).isTrue();
        // A constraint checked at commit is the work's own fault.
        jakarta.transaction.RollbackException deferred = new jakarta.transaction.RollbackException("ARJUNA016053");
        deferred.initCause(new SQLException("duplicate key value violates unique constraint", "23505"));
        assertThat(TransientFailures.isTransient(deferred)).isFalse();
    }

    @Test
    void shouldNeverRetryPoisonWhateverItWraps() {
        assertThat(TransientFailures.isTransient(new PoisonEventException("unknown event type x",
                new SQLException("x", "57P01")))).isFalse();
        assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("no state"))).isFalse();
    }
}

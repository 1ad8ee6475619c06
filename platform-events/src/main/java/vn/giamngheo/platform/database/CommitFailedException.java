package vn.giamngheo.platform.database;

/**
 * A transaction whose work succeeded failed to commit: the connection under it broke or the database went away at
 * that moment. It is never the fault of what was being applied, and it is retried.
 */
public class CommitFailedException extends RuntimeException {

    public CommitFailedException(RuntimeException cause) {
        super("the transaction could not commit: " + cause.getMessage(), cause);
    }
}

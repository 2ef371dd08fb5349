package io.loopdesk.shared.web;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a request that failed because the database could not be reached (a restart, a failover, a full
 * connection pool): the request changed nothing and may be sent again, so it is answered 503 with
 * {@code Retry-After}, not 500.
 */
public final class DatabaseUnavailable {

    /** When to try again: about as long as a PostgreSQL restart or a failover takes. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    /** HikariCP's text for any use of a connection it has already closed. */
    private static final String CLOSED_BY_POOL = "Connection is closed";

    private DatabaseUnavailable() {}

    /** Whether {@code failure} or one of its causes says the database was out of reach. */
    public static boolean causedIt(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || isConnectionState(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * SQLState class 08 (connection exception) and 57P0x (PostgreSQL shutting down or restarting); and the pool's
     * own "Connection is closed", without a state, which is what rolling back on a connection the server dropped
     * reports, in place of the failure that dropped it.
     */
    private static boolean isConnectionState(Throwable cause) {
        if (cause instanceof java.sql.SQLException sql) {
            String state = sql.getSQLState();
            return state == null
                    ? CLOSED_BY_POOL.equals(sql.getMessage())
                    : state.startsWith("08") || state.startsWith("57P0");
        }
        return false;
    }
}

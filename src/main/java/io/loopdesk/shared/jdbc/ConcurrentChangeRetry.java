package io.loopdesk.shared.jdbc;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Automatic work (routing, SLA timers and clocks) retries when a person changed the same ticket at the same moment,
 * another node inserted the same row first, or a lock was lost: the other change wins, and the machine's is redone
 * on top of it, each try a fresh transaction that sees the winner's work. The same holds for work that empties
 * tables (a tenant's erasure) while another transaction adds a row referring to what it deletes. People's own requests are not retried;
 * they get a clear "someone else changed this" instead.
 */
public final class ConcurrentChangeRetry {

    private static final RetryTemplate RETRY = new RetryTemplate(RetryPolicy.builder()
            .predicate(ConcurrentChangeRetry::lostARace)
            .maxRetries(4)
            .delay(Duration.ofMillis(20))
            .jitter(Duration.ofMillis(20))
            .multiplier(2)
            .build());

    /** SQLSTATE of a unique or primary key violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** SQLSTATE of a foreign key violation: a row deleted here is referred to by one committed meanwhile. */
    private static final String REFERENCE_VIOLATION = "23503";

    private ConcurrentChangeRetry() {}

    /**
     * Whether the failure means another transaction got there first. A duplicate key (or a reference) arrives as a plain
     * {@link DataIntegrityViolationException} when Hibernate wrote it in a batch, so the SQL state is what tells.
     */
    static boolean lostARace(Throwable failure) {
        if (failure instanceof ConcurrencyFailureException || failure instanceof DuplicateKeyException) {
            return true;
        }
        if (!(failure instanceof DataIntegrityViolationException)) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && (UNIQUE_VIOLATION.equals(sql.getSQLState()) || REFERENCE_VIOLATION.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    public static <T> T run(Supplier<T> work) {
        return RETRY.invoke(work);
    }

    public static void run(Runnable work) {
        RETRY.invoke(work);
    }
}

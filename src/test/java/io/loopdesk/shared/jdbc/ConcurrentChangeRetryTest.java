package io.loopdesk.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Automatic work is redone when another transaction inserted the same row first, and only then. */
class ConcurrentChangeRetryTest {

    @Test
    void aDuplicateKeyWrittenInABatchIsRetried() {
        AtomicInteger tries = new AtomicInteger();
        String result = ConcurrentChangeRetry.run(() -> {
            if (tries.incrementAndGet() == 1) {
                throw violation("23505");
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(tries).hasValue(2);
    }

    @Test
    void anyOtherIntegrityViolationFailsAtOnce() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> ConcurrentChangeRetry.run(() -> {
                    tries.incrementAndGet();
                    throw violation("23502");
                }))
                .hasRootCauseInstanceOf(SQLException.class);
        assertThat(tries).hasValue(1);
    }

    /** As Hibernate reports a batch the database refused: the SQL state on a cause of a cause. */
    private static DataIntegrityViolationException violation(String sqlState) {
        SQLException refused = new SQLException("refused", sqlState);
        return new DataIntegrityViolationException(
                "could not execute batch",
                new RuntimeException(new BatchUpdateException("batch", sqlState, new int[0], refused)));
    }
}

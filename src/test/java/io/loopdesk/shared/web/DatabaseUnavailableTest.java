package io.loopdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTest {

    @Test
    void noConnectionAServerRestartAndADroppedConnectionAreTheDatabaseAway() {
        assertThat(DatabaseUnavailable.causedIt(new CannotCreateTransactionException("no connection")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedIt(
                        new RuntimeException(new SQLException("terminating connection", "57P01"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedIt(new JpaSystemException(
                        new RuntimeException("Unable to rollback", new SQLException("Connection is closed")))))
                .isTrue();
    }

    @Test
    void aBrokenRuleOrAProgrammingErrorIsNot() {
        assertThat(DatabaseUnavailable.causedIt(new DataIntegrityViolationException("duplicate")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedIt(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedIt(new IllegalStateException("bug")))
                .isFalse();
    }
}

package io.loopdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.loopdesk.testing.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL puts the failing row into its error ("Failing row contains (…)"), and its driver a failed batch's
 * statement with every parameter; such errors end up in the logs. With the driver's server detail off, neither
 * a customer's phone number nor their words are in the error any more.
 */
@IntegrationTest
@Tag("postgresql")
class DatabaseErrorsCarryNoPersonalDataTest {

    private static final String PHONE = "13812341234";
    private static final String WORDS = "我家的门锁密码是123456";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRefusedRowAndARefusedBatchDoNotRepeatTheirValues() {
        jdbc.execute("create table if not exists pii_probe (id int primary key, phone varchar(20) not null,"
                + " words varchar(100), constraint pii_probe_phone check (phone <> '" + PHONE + "'))");

        Throwable row = catchThrowable(() -> jdbc.update("insert into pii_probe values (1, ?, ?)", PHONE, WORDS));
        Throwable batch = catchThrowable(() -> jdbc.batchUpdate(
                "insert into pii_probe values (?, ?, ?)",
                List.of(new Object[] {2, "13900000000", WORDS}, new Object[] {3, PHONE, WORDS})));

        assertThat(everything(row)).contains("pii_probe_phone").doesNotContain(PHONE, WORDS);
        assertThat(everything(batch)).doesNotContain(PHONE, WORDS);
    }

    private static String everything(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause).append('\n');
            if (cause instanceof java.sql.SQLException sql && sql.getNextException() != null) {
                text.append(sql.getNextException()).append('\n');
            }
        }
        return text.toString();
    }
}

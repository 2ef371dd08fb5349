package io.loopdesk.shared.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Driver settings every Loopdesk database connection needs, whoever wrote the URL; an operator's own value of the
 * same setting, in the URL or in {@code spring.datasource.hikari.data-source-properties}, wins.
 *
 * <ul>
 *   <li>H2 in file mode writes each commit to its file before the commit returns ({@code WRITE_DELAY=0}). H2's
 *       default keeps committed changes in memory for up to half a second: a process killed in that time lost
 *       tickets it had already confirmed to their senders. On a crash an answer must mean the ticket is on disk.
 *   <li>PostgreSQL's driver sends a batch of inserts as one multi-row insert ({@code reWriteBatchedInserts}): a new
 *       ticket's three SLA clocks and two timers become three statements instead of five; replaying a ticket's
 *       statements with pgbench, the database needed 10–25 % less CPU per ticket. The driver then reports such a
 *       batch's row counts as unknown, which Hibernate and db-scheduler accept for inserts.
 *   <li>PostgreSQL's driver leaves the server's error detail out of exceptions ({@code logServerErrorDetail}): it
 *       holds the failing row's values ("Failing row contains (…)") and a failed batch's statement with its
 *       parameters, which are names, phone numbers and message bodies that must not reach the logs.
 * </ul>
 */
@Component
class ConnectionSettings implements BeanPostProcessor {

    static final String BATCHED_INSERTS = "reWriteBatchedInserts";
    static final String SERVER_ERROR_DETAIL = "logServerErrorDetail";
    static final String H2_WRITE_DELAY = "WRITE_DELAY";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            String url = pool.getJdbcUrl();
            if (url.startsWith("jdbc:postgresql:")) {
                setUnlessGiven(pool, BATCHED_INSERTS, "true");
                setUnlessGiven(pool, SERVER_ERROR_DETAIL, "false");
            } else if (url.startsWith("jdbc:h2:")
                    && !url.startsWith("jdbc:h2:mem:")
                    && !mentions(url, H2_WRITE_DELAY)) {
                pool.setJdbcUrl(url + ";" + H2_WRITE_DELAY + "=0");
            }
        }
        return bean;
    }

    private static void setUnlessGiven(HikariDataSource pool, String name, String value) {
        if (!pool.getDataSourceProperties().containsKey(name) && !mentions(pool.getJdbcUrl(), name)) {
            pool.addDataSourceProperty(name, value);
        }
    }

    private static boolean mentions(String url, String setting) {
        return url.toLowerCase(Locale.ROOT).contains(setting.toLowerCase(Locale.ROOT) + "=");
    }
}

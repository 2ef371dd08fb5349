package io.loopdesk.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

    private final ConnectionSettings settings = new ConnectionSettings();

    @Test
    void postgresqlPoolsSendBatchedInsertsAsOneStatement() {
        HikariDataSource pool = configured("jdbc:postgresql://127.0.0.1:5432/loopdesk");

        assertThat(pool.getDataSourceProperties()).containsEntry(ConnectionSettings.BATCHED_INSERTS, "true");
    }

    @Test
    void postgresqlErrorsLeaveTheFailingRowsValuesOut() {
        HikariDataSource pool = configured("jdbc:postgresql://127.0.0.1:5432/loopdesk");

        assertThat(pool.getDataSourceProperties()).containsEntry(ConnectionSettings.SERVER_ERROR_DETAIL, "false");
    }

    @Test
    void anH2FileDatabaseWritesEachCommitBeforeItReturns() {
        HikariDataSource pool = configured("jdbc:h2:file:./data/db/loopdesk;MODE=PostgreSQL");

        assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:h2:file:./data/db/loopdesk;MODE=PostgreSQL;WRITE_DELAY=0");
        assertThat(pool.getDataSourceProperties()).doesNotContainKey(ConnectionSettings.BATCHED_INSERTS);
    }

    @Test
    void anInMemoryH2IsLeftAsConfigured() {
        HikariDataSource pool = configured("jdbc:h2:mem:loopdesk");

        assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:h2:mem:loopdesk");
        assertThat(pool.getDataSourceProperties()).isEmpty();
    }

    @Test
    void anOperatorsOwnSettingWins() {
        HikariDataSource inUrl = configured(
                "jdbc:postgresql://127.0.0.1:5432/loopdesk?reWriteBatchedInserts=false&logServerErrorDetail=true");
        HikariDataSource inProperties = pool("jdbc:postgresql://127.0.0.1:5432/loopdesk");
        inProperties.addDataSourceProperty(ConnectionSettings.BATCHED_INSERTS, "false");
        settings.postProcessBeforeInitialization(inProperties, "dataSource");
        HikariDataSource h2 = configured("jdbc:h2:file:./data/db/loopdesk;write_delay=100");

        assertThat(inUrl.getDataSourceProperties()).isEmpty();
        assertThat(inProperties.getDataSourceProperties()).containsEntry(ConnectionSettings.BATCHED_INSERTS, "false");
        assertThat(h2.getJdbcUrl()).isEqualTo("jdbc:h2:file:./data/db/loopdesk;write_delay=100");
    }

    private HikariDataSource configured(String url) {
        HikariDataSource pool = pool(url);
        settings.postProcessBeforeInitialization(pool, "dataSource");
        return pool;
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }
}

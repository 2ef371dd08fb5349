package io.loopdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class BatchedInsertsTest {

    private final BatchedInserts batchedInserts = new BatchedInserts();

    @Test
    void postgresqlPoolsSendBatchedInsertsAsOneStatement() {
        HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/loopdesk");

        batchedInserts.postProcessBeforeInitialization(pool, "dataSource");

        assertThat(pool.getDataSourceProperties()).containsEntry(BatchedInserts.PROPERTY, "true");
    }

    @Test
    void h2IsLeftAsConfigured() {
        HikariDataSource pool = pool("jdbc:h2:mem:loopdesk");

        batchedInserts.postProcessBeforeInitialization(pool, "dataSource");

        assertThat(pool.getDataSourceProperties()).doesNotContainKey(BatchedInserts.PROPERTY);
    }

    @Test
    void anOperatorsOwnSettingWins() {
        HikariDataSource inUrl = pool("jdbc:postgresql://127.0.0.1:5432/loopdesk?reWriteBatchedInserts=false");
        HikariDataSource inProperties = pool("jdbc:postgresql://127.0.0.1:5432/loopdesk");
        inProperties.addDataSourceProperty(BatchedInserts.PROPERTY, "false");

        batchedInserts.postProcessBeforeInitialization(inUrl, "dataSource");
        batchedInserts.postProcessBeforeInitialization(inProperties, "dataSource");

        assertThat(inUrl.getDataSourceProperties()).doesNotContainKey(BatchedInserts.PROPERTY);
        assertThat(inProperties.getDataSourceProperties()).containsEntry(BatchedInserts.PROPERTY, "false");
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }
}

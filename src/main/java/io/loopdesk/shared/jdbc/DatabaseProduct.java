package io.loopdesk.shared.jdbc;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Which database this node runs on, asked once when it starts: the little SQL that differs between PostgreSQL and
 * the embedded H2 (signals between nodes, planner settings, upserts, the erasure's session setting) branches on it.
 */
@Component
public class DatabaseProduct {

    private final boolean postgresql;

    DatabaseProduct(DataSource dataSource) throws MetaDataAccessException {
        this.postgresql = "PostgreSQL"
                .equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    }

    /** Whether it is PostgreSQL; else it is H2. */
    public boolean postgresql() {
        return postgresql;
    }
}

package io.loopdesk.operations.portability;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** This installation's {@link TenantTables}, read from the catalogue once (the schema changes only by migration). */
@Component
class TenantSchema {

    private final DataSource dataSource;
    private volatile @Nullable TenantTables tables;
    private volatile @Nullable Boolean postgres;

    TenantSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    TenantTables tables() {
        TenantTables known = tables;
        if (known == null) {
            known = TenantTables.of(dataSource);
            tables = known;
        }
        return known;
    }

    /** Whether the database is PostgreSQL (else H2), for the little SQL that differs. */
    boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = connection
                        .getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase(Locale.ROOT)
                        .contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot ask the database what it is", e);
            }
            postgres = known;
        }
        return known;
    }
}

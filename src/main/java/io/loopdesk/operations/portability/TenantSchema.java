package io.loopdesk.operations.portability;

import io.loopdesk.shared.jdbc.DatabaseProduct;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** This installation's {@link TenantTables}, read from the catalogue once (the schema changes only by migration). */
@Component
class TenantSchema {

    private final DataSource dataSource;
    private final DatabaseProduct database;
    private volatile @Nullable TenantTables tables;

    TenantSchema(DataSource dataSource, DatabaseProduct database) {
        this.dataSource = dataSource;
        this.database = database;
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
        return database.postgresql();
    }
}

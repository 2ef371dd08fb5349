package io.loopdesk.shared;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger that refuses updates and deletes on an append-only table (ticket history, audit log); on
 * PostgreSQL a PL/pgSQL trigger does the same.
 */
public final class AppendOnlyTrigger implements Trigger {

    private String table = "";

    @Override
    public void init(
            Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
    }
}

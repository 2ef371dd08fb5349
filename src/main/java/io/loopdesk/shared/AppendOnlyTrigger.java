package io.loopdesk.shared;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger that refuses updates and deletes on an append-only table (ticket history, audit log); on
 * PostgreSQL a PL/pgSQL trigger does the same. Its class name is written into every H2 database by the migrations
 * that create the triggers, so it keeps this name and package.
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
        if (newRow == null && erasing(conn)) {
            // a whole tenant erased after its suspension, as the operator scheduled (see V10_30 for PostgreSQL)
            return;
        }
        throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
    }

    /** Whether this session marked itself as erasing a tenant ({@code SET @loopdesk_erasing = 'on'}). */
    private static boolean erasing(Connection conn) throws SQLException {
        try (var statement = conn.createStatement();
                var result = statement.executeQuery("select @loopdesk_erasing")) {
            return result.next() && "on".equals(result.getString(1));
        }
    }
}

package io.loopdesk.operations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * One consistent copy of the running database, taken while Loopdesk keeps working: H2's {@code BACKUP TO} (its
 * online backup: the store's files copied with the transaction log, so the copy holds exactly the committed
 * transactions) or {@code pg_dump} (one snapshot transaction).
 */
final class DatabaseSnapshot {

    private DatabaseSnapshot() {}

    /** The entry name the snapshot has in an archive. */
    static String entryName(DatabaseLocation database) {
        return switch (database) {
            case DatabaseLocation.H2File h2 -> SafeName.DATABASE + "loopdesk.h2.zip";
            case DatabaseLocation.Postgres postgres -> SafeName.DATABASE + "loopdesk.pgdump";
        };
    }

    /** Writes the snapshot to {@code file}. */
    static void take(DatabaseLocation database, DataSource running, PostgresTools tools, Path file) {
        switch (database) {
            case DatabaseLocation.H2File h2 -> h2Backup(running, file);
            case DatabaseLocation.Postgres postgres -> tools.dump(postgres, file);
        }
    }

    private static void h2Backup(DataSource running, Path file) {
        try (Connection connection = running.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("backup to '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new BackupFailedException("H2 could not back up the database: " + e.getMessage(), e);
        }
    }
}

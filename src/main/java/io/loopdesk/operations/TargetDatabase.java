package io.loopdesk.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database a restore writes into, looked at before anything changes: a running Loopdesk must not use it (then
 * nothing may happen, whatever the operator asked), and it should hold no tables yet.
 */
final class TargetDatabase {

    /** H2's error code for a database file locked by another process. */
    private static final int H2_ALREADY_OPEN = 90020;

    private TargetDatabase() {}

    /** How many tables the database has (0 when it does not exist yet); refuses when something is connected to it. */
    static long tablesOfIdle(DatabaseLocation database) {
        return switch (database) {
            case DatabaseLocation.H2File h2 -> h2Tables(h2);
            case DatabaseLocation.Postgres postgres -> {
                long others = query(
                        postgres,
                        "select count(*) from pg_stat_activity where datname = current_database()"
                                + " and pid <> pg_backend_pid()");
                if (others > 0) {
                    throw new RestoreRefusedException(
                            others + " other session(s) are connected to database " + postgres.database()
                                    + ": stop every Loopdesk node before restoring. Nothing was restored.");
                }
                yield query(postgres, "select count(*) from pg_tables where schemaname = 'public'");
            }
        };
    }

    /** Empties a PostgreSQL database for {@code --replace}: its schema {@code public} is dropped and made anew. */
    static void empty(DatabaseLocation.Postgres postgres) {
        try (Connection connection =
                        DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema public cascade");
            statement.execute("create schema public");
        } catch (SQLException e) {
            throw new BackupFailedException("Cannot empty database " + postgres.database() + ": " + e.getMessage(), e);
        }
    }

    /** Moves an H2 database's file aside for {@code --replace}; the caller deletes it once the restore succeeded. */
    static Path moveAside(DatabaseLocation.H2File h2) throws IOException {
        Path aside = h2.dataFile().resolveSibling(h2.dataFile().getFileName() + ".replaced");
        Files.move(h2.dataFile(), aside, StandardCopyOption.REPLACE_EXISTING);
        return aside;
    }

    private static long h2Tables(DatabaseLocation.H2File h2) {
        if (!Files.exists(h2.dataFile())) {
            return 0;
        }
        try (Connection connection =
                        DriverManager.getConnection(h2.url() + ";IFEXISTS=TRUE", h2.user(), h2.password());
                Statement statement = connection.createStatement()) {
            long tables;
            try (ResultSet rows = statement.executeQuery(
                    "select count(*) from information_schema.tables where lower(table_schema) = 'public'")) {
                rows.next();
                tables = rows.getLong(1);
            }
            // closes the database at once, not when this process lets go of its last connection: its file is about
            // to be replaced, and an instance left open in this process would go on serving the old one
            statement.execute("shutdown");
            return tables;
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_ALREADY_OPEN) {
                throw new RestoreRefusedException("The database " + h2.dataFile() + " is in use: stop Loopdesk before"
                        + " restoring. Nothing was restored.");
            }
            throw new RestoreRefusedException("Cannot open the database " + h2.dataFile() + ": " + e.getMessage());
        }
    }

    private static long query(DatabaseLocation.Postgres postgres, String sql) {
        try (Connection connection =
                        DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new RestoreRefusedException("Cannot connect to the target database " + postgres.database() + " on "
                    + postgres.hosts() + " (" + e.getMessage() + "); create it empty first (createdb).");
        }
    }
}

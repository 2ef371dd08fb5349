package io.loopdesk.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs PostgreSQL's own {@code pg_dump} and {@code pg_restore}: a dump is one consistent snapshot taken while
 * Loopdesk keeps working, in the custom format ({@code -Fc}, compressed, restored table by table). The password
 * reaches the tools through {@code PGPASSWORD}, never their command line.
 *
 * @param pgDump the {@code pg_dump} to run (a name on the PATH or a path); it must not be older than the server
 * @param pgRestore the {@code pg_restore} to run
 */
record PostgresTools(String pgDump, String pgRestore) {

    /** Writes a custom-format dump of the whole database to {@code file}. */
    void dump(DatabaseLocation.Postgres database, Path file) {
        List<String> command = new ArrayList<>(List.of(pgDump, "--format=custom", "--file=" + file));
        command.addAll(connection(database));
        command.add("--dbname=" + database.database());
        run(command, database, "pg_dump");
    }

    /**
     * Restores {@code dump} into the (empty) database in one transaction, so a failure leaves it as it was. Objects
     * are owned by the restoring user, whoever owned them on the machine the dump came from.
     */
    void restore(Path dump, DatabaseLocation.Postgres database) {
        List<String> command = new ArrayList<>(
                List.of(pgRestore, "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"));
        command.addAll(connection(database));
        command.add("--dbname=" + database.database());
        command.add(dump.toString());
        run(command, database, "pg_restore");
    }

    private static List<String> connection(DatabaseLocation.Postgres database) {
        return List.of(
                "--host=" + database.hosts(),
                "--port=" + database.ports(),
                "--username=" + database.user(),
                "--no-password");
    }

    private static void run(List<String> command, DatabaseLocation.Postgres database, String tool) {
        Path errors = null;
        try {
            errors = Files.createTempFile("loopdesk-" + tool + "-", ".log");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(errors.toFile());
            Map<String, String> environment = builder.environment();
            environment.put("PGPASSWORD", database.password());
            environment.put("PGAPPNAME", "loopdesk-" + tool);
            if (database.sslMode() != null) {
                environment.put("PGSSLMODE", database.sslMode());
            }
            Process process = builder.start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new BackupFailedException(tool + " failed (exit " + exit + "): "
                        + Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new BackupFailedException(
                    "Cannot run " + command.getFirst() + " (" + e.getMessage() + "): install the PostgreSQL client"
                            + " tools, or set loopdesk.backup.pg-dump / pg-restore to their paths.",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupFailedException(tool + " was interrupted", e);
        } finally {
            if (errors != null) {
                errors.toFile().delete();
            }
        }
    }
}

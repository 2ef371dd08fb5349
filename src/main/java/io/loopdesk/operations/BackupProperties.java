package io.loopdesk.operations;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code loopdesk.backup.*}.
 *
 * @param directory where archives are written; {@code <loopdesk.data-dir>/backups} when empty
 * @param pgDump the {@code pg_dump} to run for PostgreSQL (a name on the PATH or a path)
 * @param pgRestore the {@code pg_restore} the restore command runs
 */
@ConfigurationProperties("loopdesk.backup")
public record BackupProperties(
        @Nullable Path directory,
        @DefaultValue("pg_dump") String pgDump,
        @DefaultValue("pg_restore") String pgRestore) {

    PostgresTools tools() {
        return new PostgresTools(pgDump, pgRestore);
    }
}

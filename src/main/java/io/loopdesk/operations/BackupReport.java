package io.loopdesk.operations;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A finished backup, as the operator's command shows it.
 *
 * @param archive the archive's path on the machine that wrote it
 * @param keys the key files in the archive
 * @param warnings what is not in the archive and must be kept elsewhere
 */
public record BackupReport(
        String archive,
        long bytes,
        String database,
        @Nullable String schemaVersion,
        long attachments,
        long attachmentBytes,
        List<String> keys,
        List<String> warnings,
        double seconds) {}

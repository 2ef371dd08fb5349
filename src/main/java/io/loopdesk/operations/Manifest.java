package io.loopdesk.operations;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup archive holds, written as {@code manifest.json} at its end: every other entry with its size and
 * SHA-256, so a restore finds any damage before it changes anything.
 *
 * @param format the archive layout's version; a restore refuses a layout it does not know
 * @param database {@code h2} or {@code postgresql}: an archive is restored into the same kind of database
 * @param schemaVersion the newest Flyway migration in the backed-up database (a newer Loopdesk migrates it on start)
 * @param keys each key the installation encrypts with, and whether its file is in the archive
 * @param warnings what the backup could not include and what that means
 */
record Manifest(
        int format,
        Instant createdAt,
        String database,
        @Nullable String schemaVersion,
        List<Entry> entries,
        List<KeyNote> keys,
        List<String> warnings) {

    static final int FORMAT = 1;
    static final String NAME = "manifest.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One file of the archive. */
    record Entry(String name, long size, String sha256) {}

    /**
     * A key: {@code included} when its file is in the archive under {@code keys/}; otherwise it is configured by
     * {@code property} and must be kept apart from the backups.
     */
    record KeyNote(String file, String property, boolean included) {}

    byte[] toJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
    }

    static Manifest fromJson(byte[] json) {
        return JSON.readValue(json, Manifest.class);
    }
}

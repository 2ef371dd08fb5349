package io.loopdesk.operations;

import io.loopdesk.shared.DataKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Restores a backup archive into a stopped installation, for a new machine or after a loss. Everything that can
 * refuse does so before anything changes: a damaged archive (each entry is checked against the manifest while it is
 * unpacked into a staging folder), an archive of the other kind of database, a database still in use, and a target
 * that holds data already, unless the operator asked to replace it.
 */
final class Restore {

    private final PostgresTools tools;

    Restore(PostgresTools tools) {
        this.tools = tools;
    }

    RestoreReport run(Path archivePath, Installation target, boolean replace) {
        long started = System.nanoTime();
        try (BackupArchive archive = BackupArchive.open(archivePath)) {
            Manifest manifest = archive.manifest();
            if (!manifest.database().equals(target.database().kind())) {
                throw new RestoreRefusedException("The archive holds a " + manifest.database() + " database, but this"
                        + " installation runs on " + target.database().kind() + ". Nothing was restored.");
            }
            Map<String, byte[]> keys = new LinkedHashMap<>();
            archive.under(SafeName.KEYS)
                    .forEach(e -> keys.put(e.name().substring(SafeName.KEYS.length()), archive.read(e)));
            long tables = TargetDatabase.tablesOfIdle(target.database());
            List<String> occupied = occupied(target, tables, keys);
            if (!occupied.isEmpty() && !replace) {
                throw new RestoreRefusedException("The target is not empty: " + String.join("; ", occupied)
                        + ". Nothing was restored. Restore into an empty installation, or add --replace to replace"
                        + " what is there with the archive's content.");
            }
            Staging staging = Staging.unpack(archive, target);
            try {
                restoreDatabase(staging.database(), target.database(), tables > 0 || replace);
                staging.moveAttachmentsInPlace();
                writeKeys(target.dataDir(), keys);
            } finally {
                staging.clear();
            }
            return new RestoreReport(
                    manifest.database(),
                    archive.under(SafeName.ATTACHMENTS).size(),
                    List.copyOf(keys.keySet()),
                    keyWarnings(manifest, target, keys),
                    Math.round((System.nanoTime() - started) / 1e8) / 10.0);
        } catch (IOException e) {
            throw new BackupFailedException("The restore failed: " + e.getMessage(), e);
        }
    }

    private static List<String> occupied(Installation target, long tables, Map<String, byte[]> keys)
            throws IOException {
        List<String> occupied = new ArrayList<>();
        if (tables > 0) {
            occupied.add("the database holds " + tables + " tables");
        }
        if (Staging.hasFiles(target.attachments(), target.staging())) {
            occupied.add("the attachment folder " + target.attachments() + " holds files");
        }
        for (Map.Entry<String, byte[]> key : keys.entrySet()) {
            Path file = target.dataDir().resolve(key.getKey());
            if (Files.exists(file) && !Files.readString(file).strip().equals(text(key.getValue()))) {
                occupied.add("the key file " + file + " differs from the archive's");
            }
        }
        return occupied;
    }

    private void restoreDatabase(Path snapshot, DatabaseLocation database, boolean replace) throws IOException {
        switch (database) {
            case DatabaseLocation.H2File h2 -> {
                Files.createDirectories(h2.directory());
                Path aside = Files.exists(h2.dataFile()) ? TargetDatabase.moveAside(h2) : null;
                try {
                    org.h2.tools.Restore.execute(
                            snapshot.toString(), h2.directory().toString(), h2.name());
                } catch (RuntimeException e) {
                    if (aside != null) {
                        Files.move(aside, h2.dataFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    throw new BackupFailedException("H2 could not restore the database: " + e.getMessage(), e);
                }
                if (aside != null) {
                    Files.delete(aside);
                }
            }
            case DatabaseLocation.Postgres postgres -> {
                if (replace) {
                    TargetDatabase.empty(postgres);
                }
                tools.restore(snapshot, postgres);
            }
        }
    }

    private static void writeKeys(Path dataDir, Map<String, byte[]> keys) throws IOException {
        Files.createDirectories(dataDir);
        for (Map.Entry<String, byte[]> key : keys.entrySet()) {
            Path file = dataDir.resolve(key.getKey());
            Files.write(file, key.getValue());
            try {
                Files.setPosixFilePermissions(
                        file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions protect it
            }
        }
    }

    /** What the restored installation still needs: keys that were set by property at the source or are set here. */
    private static List<String> keyWarnings(Manifest manifest, Installation target, Map<String, byte[]> keys) {
        List<String> warnings = new ArrayList<>();
        for (DataKey key : DataKey.values()) {
            boolean inArchive = keys.containsKey(key.file());
            String configured = target.configuredKeys().get(key);
            boolean setAtSource =
                    manifest.keys().stream().anyMatch(note -> note.file().equals(key.file()) && !note.included());
            if (!inArchive && setAtSource && configured == null) {
                warnings.add("The backed-up installation set " + key.property() + "; set it here to the same key, or"
                        + " the " + key.protects() + " cannot be read.");
            }
            if (inArchive && configured != null && !configured.equals(text(keys.get(key.file())))) {
                warnings.add(key.property() + " is set here and wins over the restored key file " + key.file()
                        + "; remove it or set it to that file's content, or the " + key.protects()
                        + " cannot be read.");
            }
        }
        return warnings;
    }

    private static String text(byte[] key) {
        return new String(key, StandardCharsets.UTF_8).strip();
    }
}

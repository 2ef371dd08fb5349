package io.loopdesk.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Backs up the running installation into one archive in {@code loopdesk.backup.directory}: first a consistent
 * snapshot of the database, then the attachment files, then the generated key files. Attachments are written
 * before the rows that point at them commit, so every row in the snapshot finds its file in the copy taken after
 * it; a file that arrived later only has no row yet (nobody sees it). One backup at a time per node.
 */
@Service
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Environment environment;
    private final BackupProperties properties;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    Backups(DataSource dataSource, Environment environment, BackupProperties properties, Clock clock) {
        this.dataSource = dataSource;
        this.environment = environment;
        this.properties = properties;
        this.clock = clock;
    }

    /** Writes a new archive and says what is in it; refuses while another backup runs on this node. */
    public BackupReport create() {
        if (!running.tryLock()) {
            throw new BackupInProgressException();
        }
        try {
            return write(Installation.of(environment));
        } catch (IOException e) {
            throw new BackupFailedException("The backup could not be written: " + e.getMessage(), e);
        } finally {
            running.unlock();
        }
    }

    private BackupReport write(Installation installation) throws IOException {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Path folder = directory(installation);
        Files.createDirectories(folder);
        Path target = uniqueName(folder, now);
        Path snapshot = folder.resolve("." + target.getFileName() + ".database");
        List<String> warnings = new ArrayList<>();
        List<Manifest.KeyNote> keys = new ArrayList<>();
        Copied copied;
        String schemaVersion = schemaVersion();
        try (ArchiveWriter archive = new ArchiveWriter(target)) {
            DatabaseSnapshot.take(installation.database(), dataSource, properties.tools(), snapshot);
            archive.add(DatabaseSnapshot.entryName(installation.database()), snapshot);
            Files.delete(snapshot);
            copied = addAttachments(installation, archive);
            KeyFiles.collect(installation, archive, keys, warnings);
            List<Manifest.Entry> entries = archive.entries();
            archive.finish(new Manifest(
                    Manifest.FORMAT, now, installation.database().kind(), schemaVersion, entries, keys, warnings));
        } finally {
            Files.deleteIfExists(snapshot);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long bytes = Files.size(target);
        log.info("Backup written to {}: {} bytes, {} attachments, {} s", target, bytes, copied.files(), seconds);
        warnings.forEach(log::warn);
        return new BackupReport(
                target.toString(),
                bytes,
                installation.database().kind(),
                schemaVersion,
                copied.files(),
                copied.bytes(),
                keys.stream()
                        .filter(Manifest.KeyNote::included)
                        .map(Manifest.KeyNote::file)
                        .toList(),
                List.copyOf(warnings),
                Math.round(seconds * 10) / 10.0);
    }

    private Path directory(Installation installation) {
        return properties.directory() != null
                ? properties.directory().toAbsolutePath().normalize()
                : installation.dataDir().resolve("backups");
    }

    private static Path uniqueName(Path folder, Instant now) {
        String base = "loopdesk-" + NAME.format(now);
        Path candidate = folder.resolve(base + ".zip");
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = folder.resolve(base + "-" + i + ".zip");
        }
        return candidate;
    }

    private @Nullable String schemaVersion() {
        return JdbcClient.create(dataSource)
                .sql("select version from flyway_schema_history where success = true and version is not null"
                        + " order by installed_rank desc")
                .query(String.class)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private record Copied(long files, long bytes) {}

    /** Every file of the local-disk store, without the uploads still in flight. */
    private static Copied addAttachments(Installation installation, ArchiveWriter archive) throws IOException {
        if (!Files.isDirectory(installation.attachments())) {
            return new Copied(0, 0);
        }
        long count = 0;
        long bytes = 0;
        try (Stream<Path> files = Files.walk(installation.attachments())) {
            for (Path file : (Iterable<Path>)
                    files.filter(Files::isRegularFile).filter(f -> !f.startsWith(installation.staging()))::iterator) {
                try {
                    bytes += archive.add(
                            SafeName.of(
                                    SafeName.ATTACHMENTS,
                                    installation.attachments().relativize(file)),
                            file);
                    count++;
                } catch (NoSuchFileException rolledBack) {
                    // deleted after listing: only an upload whose transaction rolled back loses its file
                }
            }
        }
        return new Copied(count, bytes);
    }
}

package io.loopdesk.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An archive unpacked beside the installation before anything of it is touched: the database snapshot into
 * {@code <data-dir>/.restoring}, the attachments into a folder next to the attachment folder (so putting them in
 * place is a rename on the same disk). Unpacking checks every entry; a damaged one clears the staging and stops.
 */
final class Staging {

    private final Path root;
    private final Path database;
    private final Path attachments;
    private final Path target;

    private Staging(Path root, Path database, Path attachments, Path target) {
        this.root = root;
        this.database = database;
        this.attachments = attachments;
        this.target = target;
    }

    static Staging unpack(BackupArchive archive, Installation installation) throws IOException {
        Path root = installation.dataDir().resolve(".restoring");
        Path attachments = installation
                .attachments()
                .resolveSibling(installation.attachments().getFileName() + ".restoring");
        deleteTree(root);
        deleteTree(attachments);
        Files.createDirectories(root);
        Files.createDirectories(attachments);
        Staging staging = null;
        try {
            List<Manifest.Entry> snapshots = archive.under(SafeName.DATABASE);
            if (snapshots.size() != 1) {
                throw new RestoreRefusedException(
                        "The archive holds " + snapshots.size() + " database snapshots, not one.");
            }
            Path database = root.resolve(Path.of(snapshots.getFirst().name()).getFileName());
            archive.extract(snapshots.getFirst(), database);
            for (Manifest.Entry entry : archive.under(SafeName.ATTACHMENTS)) {
                Path file = attachments.resolve(entry.name().substring(SafeName.ATTACHMENTS.length()));
                Files.createDirectories(file.getParent());
                archive.extract(entry, file);
            }
            staging = new Staging(root, database, attachments, installation.attachments());
            return staging;
        } finally {
            if (staging == null) {
                deleteTree(root);
                deleteTree(attachments);
            }
        }
    }

    Path database() {
        return database;
    }

    /** Puts the unpacked attachments where the store reads them; what was there before is deleted. */
    void moveAttachmentsInPlace() throws IOException {
        Path replaced = target.resolveSibling(target.getFileName() + ".replaced");
        deleteTree(replaced);
        if (Files.exists(target)) {
            Files.move(target, replaced);
        }
        Files.createDirectories(target.getParent());
        Files.move(attachments, target);
        deleteTree(replaced);
    }

    void clear() throws IOException {
        deleteTree(root);
        deleteTree(attachments);
    }

    /** Whether {@code folder} holds any file outside {@code excluded}. */
    static boolean hasFiles(Path folder, Path excluded) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(f -> Files.isRegularFile(f) && !f.startsWith(excluded));
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}

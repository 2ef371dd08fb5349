package io.loopdesk.operations;

import io.loopdesk.shared.DataKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The generated key files of the data folder, into and out of an archive. */
final class KeyFiles {

    private KeyFiles() {}

    /**
     * Adds every key file of the data folder to the archive, and notes each known key: in the archive, or set by
     * its property (then a warning says to keep it apart, since the archive cannot bring it back).
     */
    static void collect(
            Installation installation, ArchiveWriter archive, List<Manifest.KeyNote> notes, List<String> warnings)
            throws IOException {
        for (DataKey key : DataKey.values()) {
            if (installation.configuredKeys().containsKey(key)) {
                notes.add(new Manifest.KeyNote(key.file(), key.property(), false));
                warnings.add(key.notInArchive());
            }
        }
        if (!Files.isDirectory(installation.dataDir())) {
            return;
        }
        try (Stream<Path> files = Files.list(installation.dataDir())) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(DataKey.SUFFIX))
                    .sorted()
                    .toList()) {
                String name = file.getFileName().toString();
                archive.add(SafeName.KEYS + name, file);
                notes.add(new Manifest.KeyNote(name, propertyOf(name), true));
            }
        }
    }

    private static String propertyOf(String file) {
        for (DataKey key : DataKey.values()) {
            if (key.file().equals(file)) {
                return key.property();
            }
        }
        return "";
    }
}

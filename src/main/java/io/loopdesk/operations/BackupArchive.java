package io.loopdesk.operations;

import io.loopdesk.shared.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A backup archive opened for a restore. Opening checks that it is a complete ZIP file with a manifest listing
 * exactly its entries; each entry is then checked against its SHA-256 as it is read. Any mismatch is a
 * {@link DamagedArchiveException}, raised before the restore has changed anything.
 */
final class BackupArchive implements AutoCloseable {

    private final Path file;
    private final ZipFile zip;
    private final Manifest manifest;

    private BackupArchive(Path file, ZipFile zip, Manifest manifest) {
        this.file = file;
        this.zip = zip;
        this.manifest = manifest;
    }

    static BackupArchive open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RestoreRefusedException("There is no archive at " + file + ".");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new DamagedArchiveException(file, "it is not a complete ZIP file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new RestoreRefusedException("Cannot read the archive " + file + ": " + e.getMessage());
        }
        try {
            ZipEntry entry = zip.getEntry(Manifest.NAME);
            if (entry == null) {
                throw new DamagedArchiveException(file, "it has no " + Manifest.NAME + " (not a Loopdesk backup?)");
            }
            Manifest manifest;
            try (InputStream in = zip.getInputStream(entry)) {
                manifest = Manifest.fromJson(in.readAllBytes());
            } catch (IOException | RuntimeException e) {
                throw new DamagedArchiveException(file, "its manifest cannot be read (" + e.getMessage() + ")");
            }
            if (manifest.format() != Manifest.FORMAT) {
                throw new RestoreRefusedException("The archive " + file + " has layout " + manifest.format()
                        + "; this Loopdesk reads layout " + Manifest.FORMAT + ".");
            }
            sameEntries(file, zip, manifest);
            return new BackupArchive(file, zip, manifest);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    Manifest manifest() {
        return manifest;
    }

    /** Copies the entry to {@code target}, checking its size and SHA-256 on the way. */
    void extract(Manifest.Entry entry, Path target) {
        try (OutputStream out = Files.newOutputStream(target)) {
            copyChecked(entry, out);
        } catch (IOException e) {
            throw new RestoreRefusedException("Cannot write " + target + ": " + e.getMessage());
        }
    }

    /** The entry's bytes, checked. */
    byte[] read(Manifest.Entry entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copyChecked(entry, out);
        return out.toByteArray();
    }

    List<Manifest.Entry> under(String folder) {
        return manifest.entries().stream()
                .filter(e -> e.name().startsWith(folder))
                .toList();
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private void copyChecked(Manifest.Entry entry, OutputStream out) {
        long size;
        MessageDigest sha256 = Sha256.digest();
        try (InputStream in = new DigestInputStream(zip.getInputStream(zip.getEntry(entry.name())), sha256)) {
            size = in.transferTo(out);
        } catch (IOException e) {
            throw new DamagedArchiveException(
                    file, "entry " + entry.name() + " cannot be read (" + e.getMessage() + ")");
        }
        if (size != entry.size() || !HexFormat.of().formatHex(sha256.digest()).equals(entry.sha256())) {
            throw new DamagedArchiveException(file, "entry " + entry.name() + " does not match its checksum");
        }
    }

    private static void sameEntries(Path file, ZipFile zip, Manifest manifest) {
        Set<String> listed = new HashSet<>();
        for (Manifest.Entry entry : manifest.entries()) {
            if (!SafeName.isSafe(entry.name())) {
                throw new DamagedArchiveException(file, "it names a file outside its folders: " + entry.name());
            }
            listed.add(entry.name());
            if (zip.getEntry(entry.name()) == null) {
                throw new DamagedArchiveException(file, "entry " + entry.name() + " is missing");
            }
        }
        zip.stream()
                .map(ZipEntry::getName)
                .filter(name -> !name.equals(Manifest.NAME) && !listed.contains(name))
                .findFirst()
                .ifPresent(extra -> {
                    throw new DamagedArchiveException(file, "entry " + extra + " is not in its manifest");
                });
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read-only: nothing is lost
        }
    }
}

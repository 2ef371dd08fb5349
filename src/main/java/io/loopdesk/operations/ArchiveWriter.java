package io.loopdesk.operations;

import io.loopdesk.shared.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a backup archive: a ZIP file whose entries are listed with their SHA-256 in a manifest written last. The
 * archive is written under a temporary name and renamed when complete, so a half-written archive never looks
 * like a backup. Entries are stored without compression: database dumps come compressed already, and most
 * attachments are pictures, videos and PDFs.
 */
final class ArchiveWriter implements AutoCloseable {

    private final Path target;
    private final Path partial;
    private final ZipOutputStream zip;
    private final List<Manifest.Entry> entries = new ArrayList<>();
    private boolean finished;

    ArchiveWriter(Path target) throws IOException {
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".part");
        OutputStream out = Files.newOutputStream(partial);
        this.zip = new ZipOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
        zip.setLevel(Deflater.NO_COMPRESSION);
    }

    /** Adds the file's content as entry {@code name}; returns its size. */
    long add(String name, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return add(name, in);
        }
    }

    /** Adds the manifest, listing every entry added before, and puts the archive in place. */
    Path finish(Manifest manifest) throws IOException {
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry(Manifest.NAME));
        zip.write(manifest.toJson());
        zip.closeEntry();
        zip.close();
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target);
        }
        finished = true;
        return target;
    }

    /** The entries added so far, for the manifest. */
    List<Manifest.Entry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public void close() {
        if (finished) {
            return;
        }
        try {
            zip.close();
        } catch (IOException ignored) {
            // the partial archive is deleted below either way
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the unfinished archive " + partial, e);
        }
    }

    private long add(String name, InputStream content) throws IOException {
        MessageDigest sha256 = Sha256.digest();
        zip.putNextEntry(new ZipEntry(name));
        long size;
        try (DigestInputStream in = new DigestInputStream(content, sha256)) {
            size = in.transferTo(zip);
        }
        zip.closeEntry();
        entries.add(new Manifest.Entry(name, size, HexFormat.of().formatHex(sha256.digest())));
        return size;
    }
}

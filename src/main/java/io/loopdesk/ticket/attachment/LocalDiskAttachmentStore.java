package io.loopdesk.ticket.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps attachments as files under {@code loopdesk.attachments.directory} (default
 * {@code <loopdesk.data-dir>/attachments}). Keys are 128 random bits, spread over 256 folders by their first two
 * hex digits; a file is written to {@code tmp/} first and moved into place atomically, so a crash or a refused
 * upload never leaves half a file under a key. Several nodes share the store through a shared folder (NFS) or
 * an object store instead.
 */
@Component
class LocalDiskAttachmentStore implements AttachmentStore {

    private static final Logger log = LoggerFactory.getLogger(LocalDiskAttachmentStore.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{32}");

    private final Path root;
    private final Path staging;
    private final SecureRandom random = new SecureRandom();

    LocalDiskAttachmentStore(AttachmentProperties properties, @Value("${loopdesk.data-dir:./data}") Path dataDir) {
        this.root = (properties.directory() != null ? properties.directory() : dataDir.resolve("attachments"))
                .toAbsolutePath()
                .normalize();
        this.staging = root.resolve("tmp");
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the attachment folder " + staging, e);
        }
    }

    @Override
    public String put(InputStream content) throws IOException {
        byte[] bits = new byte[16];
        random.nextBytes(bits);
        String name = HexFormat.of().formatHex(bits);
        String key = name.substring(0, 2) + "/" + name;
        Path temporary = Files.createTempFile(staging, "upload-", ".part");
        try {
            Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
            Path target = file(key);
            Files.createDirectories(target.getParent());
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
            return key;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(file(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            // an orphaned file wastes space but hurts nobody: no row points at it
            log.warn("Could not delete attachment {}: {}", key, e.getMessage());
        }
    }

    /** Keys are ours, but a key from the database is still checked: no path may leave the store's folder. */
    private Path file(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not an attachment key: " + key);
        }
        return root.resolve(key);
    }
}

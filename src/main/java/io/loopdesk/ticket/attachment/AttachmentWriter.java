package io.loopdesk.ticket.attachment;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.Sha256;
import io.loopdesk.ticket.StoredFile;
import io.loopdesk.ticket.Ticket;
import io.loopdesk.ticket.Upload;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores one file for a ticket: reads its type from its first bytes, refuses what is not allowed before a byte is
 * stored, streams the rest into the {@link AttachmentStore} while counting and hashing it, and records it. Runs
 * inside the caller's transaction; if that rolls back, the stored bytes are deleted again.
 */
@Component
public class AttachmentWriter {

    private static final int SNIFF_BUFFER = 64 * 1024;

    private final AttachmentStore store;
    private final AttachmentRepository attachments;
    private final AttachmentProperties properties;
    private final Clock clock;

    AttachmentWriter(
            AttachmentStore store, AttachmentRepository attachments, AttachmentProperties properties, Clock clock) {
        this.store = store;
        this.attachments = attachments;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param used bytes the ticket's files already take
     * @throws AttachmentRefusedException for a forbidden type, an empty or too large file, a full ticket
     */
    public Attachment write(
            Ticket ticket,
            @Nullable Long messageId,
            boolean internal,
            Upload upload,
            AttachmentLimits limits,
            long used,
            Actor actor) {
        StoredFile file = store(upload, properties.allowedTypes(), limits.maxFileBytes());
        try {
            if (used + file.size() > limits.maxTicketBytes()) {
                throw refused(
                        "attachment.ticket-full",
                        "The files of this ticket would take more than " + Sizes.text(limits.maxTicketBytes())
                                + " with " + file.name() + "; leave it out or send a smaller one.",
                        file.name(),
                        Sizes.text(limits.maxTicketBytes()));
            }
            return attachments.save(new Attachment(
                    ticket.tenantId(),
                    ticket.id(),
                    messageId,
                    internal,
                    file.name(),
                    file.mediaType(),
                    file.size(),
                    file.sha256(),
                    clip(upload.description()),
                    file.key(),
                    actor.userId(),
                    actor.name(),
                    clock.instant()));
        } catch (RuntimeException e) {
            store.delete(file.key());
            throw e;
        }
    }

    /**
     * Stores one file checked as every attachment is: its type read from its bytes and one of {@code acceptedTypes}
     * (programs and scripts named as such), not empty, at most {@code maxBytes}; streamed into the store while
     * counted and hashed. Inside the caller's transaction: the bytes are deleted again if it rolls back.
     *
     * @throws AttachmentRefusedException for a refused type, an empty or too large file; nothing is kept then
     */
    public StoredFile store(Upload upload, Collection<String> acceptedTypes, long maxBytes) {
        String name = AttachmentName.of(upload.filename());
        try (InputStream raw = upload.content().open();
                BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BUFFER)) {
            FileType type = FileType.detect(in, name);
            checkType(name, type, acceptedTypes);
            MessageDigest sha256 = Sha256.digest();
            SizeLimitedStream counted = new SizeLimitedStream(new DigestInputStream(in, sha256), maxBytes);
            String key;
            try {
                key = store.put(counted);
            } catch (SizeLimitedStream.TooLarge e) {
                throw refused(
                        "attachment.too-large",
                        "The file " + name + " is larger than " + Sizes.text(maxBytes)
                                + ", the most this desk accepts for one file.",
                        name,
                        Sizes.text(maxBytes));
            }
            if (counted.count() == 0) {
                store.delete(key);
                throw refused("attachment.empty", "The file " + name + " is empty.", name);
            }
            deleteOnRollback(key);
            return new StoredFile(
                    key,
                    type.nameFor(name),
                    type.mediaType(),
                    counted.count(),
                    HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + name, e);
        }
    }

    /** The bytes of a stored file; the caller closes the stream. */
    /**
     * Stores bytes that were checked when they first came in (a file of a tenant's exported archive) under a new key,
     * as they are.
     */
    public String restore(InputStream content) throws IOException {
        return store.put(content);
    }

    /** Removes stored bytes that no row points to (an import that failed). */
    public void discard(String key) {
        store.delete(key);
    }

    public InputStream open(String key) throws IOException {
        return store.open(key);
    }

    private void checkType(String name, FileType type, Collection<String> acceptedTypes) {
        if (acceptedTypes.contains(type.mediaType())) {
            return;
        }
        if (type.isUnknown()) {
            throw refused(
                    "attachment.type-unknown",
                    "The type of " + name + " could not be recognised from its content; "
                            + "send pictures, videos, PDF, text or office documents.",
                    name);
        }
        if (type.looksExecutable()) {
            throw refused(
                    "attachment.type-executable",
                    "The file " + name + " is a program or script (" + type.mediaType()
                            + "); programs and scripts are never accepted.",
                    name,
                    type.mediaType());
        }
        throw refused(
                "attachment.type-refused",
                "Files of type " + type.mediaType() + " (" + name + ") are not accepted; "
                        + "send pictures, videos, PDF, text or office documents.",
                name,
                type.mediaType());
    }

    private void deleteOnRollback(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Attachments are written inside a transaction");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    store.delete(key);
                }
            }
        });
    }

    private static AttachmentRefusedException refused(String code, String message, Object... args) {
        return AttachmentRefusedException.of(code, message, List.of(args));
    }

    private static @Nullable String clip(@Nullable String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String value = description.strip();
        return value.length() <= 1000 ? value : value.substring(0, 999) + "…";
    }
}

package io.loopdesk.ticket;

import io.loopdesk.ticket.attachment.AttachmentWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import org.springframework.stereotype.Service;

/**
 * Files other modules keep — the knowledge base's images and videos, a help centre's logo — checked and stored
 * exactly as ticket attachments are: the type read from the bytes (a program renamed {@code .png} is still a
 * program), a size limit, no empty file, the same store, nothing left behind when the caller's transaction rolls
 * back. One mechanism for every file a person hands in.
 */
@Service
public class CheckedFiles {

    private final AttachmentWriter writer;

    CheckedFiles(AttachmentWriter writer) {
        this.writer = writer;
    }

    /**
     * Stores {@code upload} if its bytes are one of {@code acceptedTypes} and at most {@code maxBytes}, inside the
     * caller's transaction.
     *
     * @throws io.loopdesk.shared.DomainException (invalid) naming what is wrong, in the reader's language; nothing
     *     is kept then
     */
    public StoredFile store(Upload upload, Collection<String> acceptedTypes, long maxBytes) {
        return writer.store(upload, acceptedTypes, maxBytes);
    }

    /**
     * Stores the bytes of a file exported from a tenant's archive (checked when it first came in) under a new key;
     * the caller closes {@code content}.
     */
    public String restore(InputStream content) throws IOException {
        return writer.restore(content);
    }

    /** Removes the bytes of a restored file no row came to point to. */
    public void discard(String key) {
        writer.discard(key);
    }

    /** The bytes of a file this service stored; the caller closes the stream. */
    public InputStream open(String key) throws IOException {
        return writer.open(key);
    }
}

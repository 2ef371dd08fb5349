package io.loopdesk.ticket.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachment bytes live, behind keys the store chooses. Loopdesk ships a local-disk store; an S3-compatible
 * store implements the same three calls ({@code PutObject} with a random key, {@code GetObject},
 * {@code DeleteObject}) and replaces it by being the one {@code AttachmentStore} bean. The database keeps the key,
 * name, type, size and hash; the store keeps only bytes, so it never sees a user-supplied name or path.
 */
public interface AttachmentStore {

    /**
     * Stores everything {@code content} yields under a new key; a partly written object never becomes visible.
     *
     * @return the new key: letters, digits, {@code /} and {@code -} only
     * @throws IOException when the bytes cannot be stored or {@code content} fails (e.g. a size limit stops it);
     *     nothing is left behind then
     */
    String put(InputStream content) throws IOException;

    /** The bytes stored under {@code key}; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Removes the bytes under {@code key}; removing what is not there is not an error. */
    void delete(String key);
}

package io.loopdesk.ticket;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * A file someone hands in: a form upload, an API part, a mail attachment. Its content is read once, as a stream,
 * so a video is never held in memory.
 *
 * @param filename the name the sender gave it (any path in it is dropped)
 * @param description what it shows, if the sender said
 * @param content opens the bytes; called once
 */
public record Upload(String filename, @Nullable String description, Content content) {

    /** Opens the bytes of an upload. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    /** A file already in memory, e.g. a decoded mail part. */
    public static Upload of(String filename, @Nullable String description, byte[] bytes) {
        return new Upload(filename, description, () -> new ByteArrayInputStream(bytes));
    }
}

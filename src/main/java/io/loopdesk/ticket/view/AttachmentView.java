package io.loopdesk.ticket.view;

import io.loopdesk.ticket.attachment.Sizes;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A file on a ticket as its readers see it.
 *
 * @param messageId the message it came with, or {@code null} when it was attached to the ticket itself
 * @param contentType what the bytes are, as Apache Tika read them (never what the client claimed)
 * @param internal attached to an internal note: staff only
 */
public record AttachmentView(
        long id,
        String ticketNumber,
        @Nullable Long messageId,
        String filename,
        String contentType,
        long size,
        String sha256,
        @Nullable String description,
        boolean internal,
        String uploadedBy,
        Instant createdAt) {

    /** Pictures and videos are shown in the page; everything else is a download link. */
    public boolean isImage() {
        return contentType.startsWith("image/")
                && !contentType.equals("image/heic")
                && !contentType.equals("image/heif");
    }

    public boolean isVideo() {
        return contentType.startsWith("video/");
    }

    /** {@code 1.5 MB}, {@code 120 KB}: the size as people read it. */
    public String sizeText() {
        return Sizes.text(size);
    }
}

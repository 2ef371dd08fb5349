package io.loopdesk.intake.mail.mime;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A file that came with a message: a real attachment, an inline image, an attached or bounced message
 * ({@code message/rfc822}) or a delivery report. Its bytes are decoded from the transfer encoding, otherwise as
 * sent.
 *
 * @param filename the decoded declared name, or one made from the type ({@code attachment.pdf}) or, for an
 *     attached message, from its subject ({@code Re: order 42.eml}) when none was declared
 * @param contentType the declared MIME type in lower case, without parameters, e.g. {@code image/png}; not
 *     sniffed from the content
 * @param contentId the {@code Content-ID} without angle brackets, which HTML refers to as {@code cid:…}
 * @param inline whether the sender meant it to be shown within the text rather than as a download
 */
public record MailAttachment(
        String filename,
        String contentType,
        byte[] content,
        @Nullable String contentId,
        boolean inline) {

    public MailAttachment {
        content = content.clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that
                && filename.equals(that.filename)
                && contentType.equals(that.contentType)
                && Arrays.equals(content, that.content)
                && java.util.Objects.equals(contentId, that.contentId)
                && inline == that.inline;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(filename, contentType, Arrays.hashCode(content), contentId, inline);
    }

    @Override
    public String toString() {
        return "MailAttachment[" + filename + ", " + contentType + ", " + content.length + " bytes"
                + (contentId == null ? "" : ", cid " + contentId) + (inline ? ", inline" : "") + "]";
    }
}

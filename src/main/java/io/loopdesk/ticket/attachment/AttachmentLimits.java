package io.loopdesk.ticket.attachment;

/**
 * A tenant's size limits for attachments.
 *
 * @param maxFileBytes the largest single file
 * @param maxTicketBytes all files of one ticket together
 */
public record AttachmentLimits(long maxFileBytes, long maxTicketBytes) {

    /** One gigabyte: a help desk is not a file store, and a larger upload would hold a request for minutes. */
    public static final long CEILING = 1L << 30;

    public AttachmentLimits {
        if (maxFileBytes < 1 || maxFileBytes > CEILING) {
            throw new IllegalArgumentException("The largest file must be between 1 byte and 1 GB");
        }
        if (maxTicketBytes < maxFileBytes || maxTicketBytes > 10 * CEILING) {
            throw new IllegalArgumentException(
                    "The limit per ticket must be at least the limit per file and at most 10 GB");
        }
    }

    /** The largest file as people read it: {@code 20 MB}. */
    public String maxFileText() {
        return Sizes.text(maxFileBytes);
    }
}

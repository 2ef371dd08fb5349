package io.loopdesk.ticket;

import io.loopdesk.ticket.view.AttachmentView;

/**
 * What became of one file handed to {@link Attachments#tryAttach}: kept, or refused with the reason. Channels that
 * must not lose the rest of a message for one bad file (e-mail) use it.
 */
public sealed interface AttachmentOutcome {

    /** The file was stored. */
    record Stored(AttachmentView attachment) implements AttachmentOutcome {}

    /** The file was refused; nothing of it was kept. */
    record Refused(String filename, String code, String reason) implements AttachmentOutcome {}
}

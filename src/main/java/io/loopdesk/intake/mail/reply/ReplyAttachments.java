package io.loopdesk.intake.mail.reply;

import io.loopdesk.identity.Actor;
import io.loopdesk.notification.AttachmentSource;
import io.loopdesk.notification.OutgoingAttachment;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.AttachmentNotFoundException;
import io.loopdesk.ticket.Attachments;
import io.loopdesk.ticket.TicketNotFoundException;
import io.loopdesk.ticket.view.AttachmentDownload;
import io.loopdesk.ticket.view.AttachmentView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The files of a staff reply go with its e-mail: the outbox keeps {@code ticket:<number>:<attachment>} and the
 * file is read from the ticket when the e-mail is sent, so the outbox holds no copy of it.
 */
@Component
class ReplyAttachments implements AttachmentSource {

    private static final String PREFIX = "ticket:";

    private final Attachments files;

    ReplyAttachments(Attachments files) {
        this.files = files;
    }

    /** The reference of a ticket's file, for the e-mail that carries it. */
    static String of(AttachmentView file) {
        return PREFIX + file.ticketNumber() + ":" + file.id();
    }

    @Override
    public Optional<OutgoingAttachment> open(long tenantId, String reference) throws IOException {
        String[] parts = reference.split(":", -1);
        if (parts.length != 3 || !reference.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String number = parts[1];
        long id = Long.parseLong(parts[2]);
        try {
            return TenantScope.inTenant(tenantId, () -> {
                AttachmentDownload download = files.download(number, id, Actor.system());
                try (InputStream content = download.content()) {
                    return Optional.of(new OutgoingAttachment(
                            download.attachment().filename(),
                            download.attachment().contentType(),
                            content.readAllBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (AttachmentNotFoundException | TicketNotFoundException gone) {
            return Optional.empty();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

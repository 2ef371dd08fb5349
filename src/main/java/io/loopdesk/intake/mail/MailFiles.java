package io.loopdesk.intake.mail;

import io.loopdesk.identity.Actor;
import io.loopdesk.intake.mail.mime.ForwardedMail;
import io.loopdesk.intake.mail.mime.MailAttachment;
import io.loopdesk.intake.mail.mime.ParsedMail;
import io.loopdesk.ticket.AttachmentOutcome;
import io.loopdesk.ticket.Attachments;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.Upload;
import io.loopdesk.ticket.value.MessageKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps the files of a mail (attachments and inline images) on its ticket, each on its own: a file the tenant does
 * not accept (a calendar invitation, a file too large) is listed in an internal note instead, and the mail still
 * counts. Nothing is lost either way, since the original mail is kept whole. A forwarded mail is shown in the
 * ticket's text, so its files are kept instead of the attached message they came in.
 */
@Component
class MailFiles {

    /** Signatures are part of how the mail was sent, not something the customer sent us. */
    private static final Set<String> NOT_CONTENT =
            Set.of("application/pgp-signature", "application/pkcs7-signature", "application/x-pkcs7-signature");

    private final Attachments attachments;
    private final Tickets tickets;

    MailFiles(Attachments attachments, Tickets tickets) {
        this.attachments = attachments;
        this.tickets = tickets;
    }

    /** Attaches the mail's files to the ticket, to the message {@code messageId} if given. */
    void keep(String number, @Nullable Long messageId, ParsedMail mail, Actor actor) {
        List<String> refused = new ArrayList<>();
        for (MailAttachment file : files(mail)) {
            if (NOT_CONTENT.contains(file.contentType())) {
                continue;
            }
            AttachmentOutcome outcome =
                    attachments.tryAttach(number, messageId, Upload.of(file.filename(), null, file.content()), actor);
            if (outcome instanceof AttachmentOutcome.Refused no) {
                refused.add("- " + no.filename() + ": " + no.reason());
            }
        }
        if (!refused.isEmpty()) {
            tickets.addMessage(
                    number,
                    MessageKind.INTERNAL_NOTE,
                    "Files of the e-mail that were not kept (the original mail, with them, is on the mailbox page):\n"
                            + String.join("\n", refused),
                    Actor.system());
        }
    }

    /** The mail's files and its forwarded mails' files, without the attached messages shown as text. */
    private static List<MailAttachment> files(ParsedMail mail) {
        List<MailAttachment> shown =
                mail.forwarded().stream().map(ForwardedMail::original).toList();
        List<MailAttachment> files = new ArrayList<>(mail.attachments());
        mail.forwarded().forEach(forward -> files.addAll(forward.attachments()));
        files.removeIf(shown::contains);
        return files;
    }
}

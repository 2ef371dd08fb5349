package io.loopdesk.intake.mail.mime;

import java.util.List;

/**
 * A mail forwarded as an attachment ({@code message/rfc822}), read as a mail of its own so a ticket shows it
 * rather than a file nobody may open.
 *
 * @param from the decoded {@code From}, as a mail program shows it; {@code ""} when missing (so are the others)
 * @param to the decoded {@code To}
 * @param date the {@code Date} as written
 * @param subject the decoded subject
 * @param text its text as an agent reads it, as {@link ParsedMail#textBody()} is the mail's
 * @param attachments its own files, kept as the mail's
 * @param original the attached message as the file it came as, which this reading replaces
 */
public record ForwardedMail(
        String from,
        String to,
        String date,
        String subject,
        String text,
        List<MailAttachment> attachments,
        MailAttachment original) {

    public ForwardedMail {
        attachments = List.copyOf(attachments);
    }
}

package io.loopdesk.intake.mail.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Reads an attached message as a mail: its headers, its text and its files, and the mails attached to it. */
final class ForwardedMails {

    private ForwardedMails() {}

    /**
     * The attached mail, followed by any mails attached to it in turn; empty when it cannot be read, so it stays
     * the file it came as.
     */
    static Optional<List<ForwardedMail>> read(
            byte[] message, MailAttachment original, int depth, @Nullable String hint) {
        try {
            MimeMessage mail = new MimeMessage(MailParser.SESSION, new ByteArrayInputStream(message));
            MailContent content = MimeWalker.walk(mail, depth + 1, hint);
            List<ForwardedMail> found = new ArrayList<>();
            found.add(new ForwardedMail(
                    addresses(mail, "From", hint),
                    addresses(mail, "To", hint),
                    text(mail, "Date", hint),
                    text(mail, "Subject", hint),
                    content.text(),
                    content.attachments,
                    original));
            found.addAll(content.forwarded);
            return Optional.of(found);
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static String addresses(MimeMessage mail, String name, @Nullable String hint) throws MessagingException {
        return AddressList.parse(mail.getHeader(name, ","), hint).stream()
                .map(MailAddress::toString)
                .collect(Collectors.joining(", "));
    }

    private static String text(MimeMessage mail, String name, @Nullable String hint) throws MessagingException {
        String raw = mail.getHeader(name, null);
        return raw == null ? "" : HeaderText.decode(raw, hint);
    }
}

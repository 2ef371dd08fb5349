package io.loopdesk.intake.mail;

import io.loopdesk.intake.mail.mime.HeaderText;
import io.loopdesk.intake.mail.mime.MailAttachment;
import io.loopdesk.intake.mail.mime.MailContent;
import io.loopdesk.intake.mail.mime.PartInfo;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Makes {@link MailAttachment}s from MIME parts, naming those that come without a file name. */
public final class Attachments {

    /** Names for parts that come without one, by type; other types get {@code attachment} and an extension. */
    private static final Map<String, String> NAMES = Map.of(
            "message/delivery-status", "delivery-status.txt",
            "message/disposition-notification", "disposition-notification.txt",
            "text/rfc822-headers", "headers.txt",
            "message/global-headers", "headers.txt");

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("text/plain", ".txt"),
            Map.entry("text/html", ".html"),
            Map.entry("text/calendar", ".ics"),
            Map.entry("text/csv", ".csv"),
            Map.entry("message/rfc822", ".eml"),
            Map.entry("message/global", ".eml"),
            Map.entry("image/png", ".png"),
            Map.entry("image/jpeg", ".jpg"),
            Map.entry("image/gif", ".gif"),
            Map.entry("application/pdf", ".pdf"),
            Map.entry("application/pgp-signature", ".asc"),
            Map.entry("application/pkcs7-signature", ".p7s"));

    private Attachments() {}

    /** An attachment, shown inline when it says so, or when it has a {@code Content-ID} and does not say. */
    public static MailAttachment of(PartInfo info, @Nullable String hint) throws MessagingException, IOException {
        boolean inline = info.inlineDisposition() || (!info.attachmentDisposition() && info.contentId() != null);
        return create(info, inline, hint);
    }

    /** A non-root part of {@code multipart/related}: an inline image unless it says it is an attachment. */
    public static MailAttachment related(PartInfo info, @Nullable String hint) throws MessagingException, IOException {
        return create(info, !info.attachmentDisposition(), hint);
    }

    private static MailAttachment create(PartInfo info, boolean inline, @Nullable String hint)
            throws MessagingException, IOException {
        byte[] content = info.content();
        String filename = info.filename() != null ? info.filename() : name(info.type(), content, hint);
        return new MailAttachment(filename, info.type(), content, info.contentId(), inline);
    }

    /** {@code attachment.pdf}; for an attached message its subject, as mail programs save it. */
    private static String name(String type, byte[] content, @Nullable String hint) {
        if (NAMES.containsKey(type)) {
            return NAMES.get(type);
        }
        String extension = EXTENSIONS.getOrDefault(type, "");
        if (extension.equals(".eml")) {
            String subject = MailContent.header(content, "Subject");
            String decoded =
                    subject == null ? "" : HeaderText.decode(subject, hint).strip();
            if (!decoded.isEmpty()) {
                return decoded.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + extension;
            }
            return "message.eml";
        }
        return "attachment" + extension;
    }
}

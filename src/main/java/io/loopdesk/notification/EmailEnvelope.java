package io.loopdesk.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an e-mail carries beyond a notice's subject and text: the threading headers, the route it goes out by (the
 * From address and its SMTP server) and its files. Stored with the notification and used at every attempt. The route
 * and the files are references, resolved only when the e-mail is sent ({@link SmtpRoutes}, {@link
 * AttachmentSource}): the outbox holds neither a password nor a file's bytes, and a changed mailbox is used as it is
 * now.
 *
 * @param messageId the {@code Message-ID} to send it with, without angle brackets; {@code null} lets the mail library
 *     make one
 * @param inReplyTo the {@code Message-ID} it answers, without angle brackets
 * @param references the {@code Message-ID}s of the conversation, oldest first, without angle brackets
 * @param route the route for {@link SmtpRoutes}, e.g. a support mailbox; {@code null} for the server of
 *     {@code spring.mail.*} and the sender {@code loopdesk.notification.mail-from}
 * @param attachments references for {@link AttachmentSource}, in the order the files are attached
 */
public record EmailEnvelope(
        @Nullable String messageId,
        @Nullable String inReplyTo,
        List<String> references,
        @Nullable String route,
        List<String> attachments) {

    static final int MAX_ID = 500;
    static final int MAX_REFERENCE = 200;

    public EmailEnvelope {
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
        checkId("messageId", messageId);
        checkId("inReplyTo", inReplyTo);
        references.forEach(id -> checkId("references", id));
        if (String.join(" ", references).length() > 4000) {
            throw new IllegalArgumentException("Too many references for one e-mail");
        }
        if (route != null && (route.isBlank() || route.length() > 100)) {
            throw new IllegalArgumentException("Not a mail route: " + route);
        }
        for (String attachment : attachments) {
            if (attachment.isBlank() || attachment.length() > MAX_REFERENCE) {
                throw new IllegalArgumentException("Not an attachment reference: " + attachment);
            }
        }
    }

    /** An e-mail that answers a conversation: its own id, the mail it answers, by a route, with these files. */
    public static EmailEnvelope reply(
            String messageId, @Nullable String inReplyTo, String route, List<String> attachments) {
        return new EmailEnvelope(
                messageId, inReplyTo, inReplyTo == null ? List.of() : List.of(inReplyTo), route, attachments);
    }

    private static void checkId(String field, @Nullable String id) {
        if (id != null && (id.isBlank() || id.length() > MAX_ID || id.matches(".*[<>\\s].*"))) {
            throw new IllegalArgumentException(field + " is not a Message-ID without angle brackets: " + id);
        }
    }
}

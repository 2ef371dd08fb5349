package io.loopdesk.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One notification to send.
 *
 * @param subject the e-mail subject or in-app title; SMS sends only the body
 * @param ticketNumber the ticket it is about, for the delivery log
 * @param notBefore not delivered before this instant, e.g. the next opening of the desk for a warning raised at
 *     night; {@code null} for at once
 */
public record NotificationRequest(
        long tenantId,
        Recipient to,
        String subject,
        String body,
        @Nullable String ticketNumber,
        @Nullable Instant notBefore) {

    public NotificationRequest {
        if (subject.isBlank() && body.isBlank()) {
            throw new IllegalArgumentException("A notification needs a subject or a body");
        }
    }

    /** A notification to send at once. */
    public static NotificationRequest now(
            long tenantId, Recipient to, String subject, String body, @Nullable String ticketNumber) {
        return new NotificationRequest(tenantId, to, subject, body, ticketNumber, null);
    }
}

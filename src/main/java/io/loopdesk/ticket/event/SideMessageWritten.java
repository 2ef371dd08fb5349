package io.loopdesk.ticket.event;

import java.time.Instant;

/**
 * A member of staff wrote in a side conversation of ticket {@code ticketNumber}: the e-mail to {@code to} is the mail
 * module's to send, with {@code subject}, through the notification outbox.
 */
public record SideMessageWritten(
        long tenantId,
        String ticketNumber,
        long conversationId,
        long messageId,
        String to,
        String subject,
        String body,
        String authorName,
        Instant at) {}

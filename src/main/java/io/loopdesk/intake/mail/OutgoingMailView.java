package io.loopdesk.intake.mail;

import io.loopdesk.intake.mail.reply.ReplyMail;
import io.loopdesk.notification.DeliveryState;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A reply sent by e-mail, as the mailbox page lists it: what went where, and how its delivery goes in the
 * notification outbox.
 *
 * @param id the notification that carries it (its delivery log is the ticket's notification log)
 * @param status {@code PENDING}, {@code SENT} or {@code FAILED} (refused for good or given up; the ticket says so)
 * @param nextAttemptAt when it is tried (again), while it is pending
 */
public record OutgoingMailView(
        long id,
        String ticketNumber,
        String messageId,
        String recipient,
        String status,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {

    static OutgoingMailView of(ReplyMail reply, DeliveryState delivery) {
        return new OutgoingMailView(
                reply.notificationId(),
                reply.ticketNumber(),
                reply.messageId(),
                reply.recipient(),
                delivery.status().name(),
                delivery.attempts(),
                delivery.nextAttemptAt(),
                delivery.lastError(),
                reply.createdAt(),
                delivery.sentAt());
    }
}

package io.loopdesk.intake.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reply in the e-mail outbox, as the mailbox page lists it. */
public record OutgoingMailView(
        long id,
        String ticketNumber,
        String messageId,
        String recipient,
        String subject,
        String status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {}

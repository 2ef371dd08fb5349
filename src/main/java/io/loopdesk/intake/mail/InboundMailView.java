package io.loopdesk.intake.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail read from a support mailbox, as the mailbox page lists it. */
public record InboundMailView(
        long id,
        String messageId,
        MailKind kind,
        InboundOutcome outcome,
        @Nullable String ticketNumber,
        @Nullable String sender,
        @Nullable String subject,
        @Nullable String reason,
        Instant receivedAt,
        int sizeBytes) {}

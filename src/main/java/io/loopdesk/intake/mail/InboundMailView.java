package io.loopdesk.intake.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A mail read from a support mailbox, as the mailbox page lists it.
 *
 * @param reasonCode why it became no ticket or message (null when it did, and on records older than the codes)
 * @param reason the detail: an error, the Message-ID seen before; on old records the whole reason in English
 */
public record InboundMailView(
        long id,
        String messageId,
        MailKind kind,
        InboundOutcome outcome,
        @Nullable String ticketNumber,
        @Nullable String sender,
        @Nullable String subject,
        @Nullable InboundReason reasonCode,
        @Nullable String reason,
        Instant receivedAt,
        int sizeBytes) {}

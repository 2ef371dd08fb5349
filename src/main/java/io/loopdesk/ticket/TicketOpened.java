package io.loopdesk.ticket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A ticket was registered. */
public record TicketOpened(
        long ticketId,
        String number,
        long tenantId,
        Channel channel,
        Urgency urgency,
        FeedbackType type,
        @Nullable String category,
        @Nullable Long teamId,
        @Nullable Long requesterId,
        Instant registeredAt)
        implements TicketEvents {}

package io.loopdesk.ticket.event;

import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.Urgency;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A ticket was registered. It carries the title and product as stored (secrets masked), so a reaction that compares
 * texts need not read the ticket back.
 */
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
        String title,
        @Nullable String product,
        Instant registeredAt)
        implements TicketEvents {}

package io.loopdesk.ticket.event;

import io.loopdesk.ticket.value.TicketStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A ticket moved along its lifecycle. */
public record TicketStatusChanged(
        long ticketId,
        String number,
        long tenantId,
        TicketStatus from,
        TicketStatus to,
        @Nullable Long actorId,
        @Nullable String reason,
        Instant at)
        implements TicketEvents {}

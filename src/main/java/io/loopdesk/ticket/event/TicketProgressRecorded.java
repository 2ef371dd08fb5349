package io.loopdesk.ticket.event;

import io.loopdesk.ticket.value.ProgressLabel;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A handler recorded progress on a ticket, perhaps with the time they expect to finish. */
public record TicketProgressRecorded(
        long ticketId,
        String number,
        long tenantId,
        ProgressLabel label,
        @Nullable Instant estimatedCompletionAt,
        @Nullable Long actorId,
        Instant at)
        implements TicketEvents {}

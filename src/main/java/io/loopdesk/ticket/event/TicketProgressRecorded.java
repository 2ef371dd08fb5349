package io.loopdesk.ticket.event;

import io.loopdesk.ticket.value.ProgressLabel;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A handler recorded progress on a ticket, perhaps with the time they expect to finish.
 *
 * @param progressId the record; 0 in events stored before it was named
 * @param customerVisible whether the handler showed it to the customer
 */
public record TicketProgressRecorded(
        long ticketId,
        String number,
        long tenantId,
        ProgressLabel label,
        @Nullable Instant estimatedCompletionAt,
        @Nullable Long actorId,
        Instant at,
        long progressId,
        boolean customerVisible)
        implements TicketEvents {}

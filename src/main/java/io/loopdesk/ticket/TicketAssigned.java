package io.loopdesk.ticket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A ticket got a new assignee (or none). */
public record TicketAssigned(
        long ticketId,
        String number,
        long tenantId,
        @Nullable Long previousAssigneeId,
        @Nullable Long assigneeId,
        @Nullable Long teamId,
        TicketStatus status,
        @Nullable Long actorId,
        Instant at)
        implements TicketEvents {}

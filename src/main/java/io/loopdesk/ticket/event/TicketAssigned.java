package io.loopdesk.ticket.event;

import io.loopdesk.ticket.value.TicketStatus;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A ticket got a new assignee (or none), and perhaps a new team. */
public record TicketAssigned(
        long ticketId,
        String number,
        long tenantId,
        @Nullable Long previousAssigneeId,
        @Nullable Long assigneeId,
        @Nullable Long previousTeamId,
        @Nullable Long teamId,
        TicketStatus status,
        @Nullable Long actorId,
        @Nullable String note,
        Instant at)
        implements TicketEvents {

    /** Whether the ticket moved to another team's queue (its business calendar may have changed with it). */
    public boolean teamChanged() {
        return !Objects.equals(previousTeamId, teamId);
    }
}

package io.loopdesk.ticket.event;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Ticket {@code sourceNumber} was merged into {@code targetNumber}: closed with a pointer, its messages (ids in
 * {@code movedMessageIds}) and attachments now belong to the target, where its customer's conversation goes on.
 */
public record TicketMerged(
        long tenantId,
        long sourceId,
        String sourceNumber,
        long targetId,
        String targetNumber,
        List<Long> movedMessageIds,
        @Nullable Long actorId,
        Instant at) {

    public TicketMerged {
        movedMessageIds = List.copyOf(movedMessageIds);
    }
}

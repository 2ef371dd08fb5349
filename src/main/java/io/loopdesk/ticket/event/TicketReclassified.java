package io.loopdesk.ticket.event;

import io.loopdesk.ticket.value.Urgency;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's urgency or category changed, which may change its time limits and, for the category, its team.
 * {@code actorId} is null when the system itself classified it.
 */
public record TicketReclassified(
        long ticketId,
        String number,
        long tenantId,
        Urgency urgency,
        @Nullable String categoryBefore,
        @Nullable String category,
        @Nullable Long actorId,
        Instant at)
        implements TicketEvents {

    /** Whether the category, not only the urgency, changed. */
    public boolean categoryChanged() {
        return !Objects.equals(categoryBefore, category);
    }
}

package io.loopdesk.ticket;

import io.loopdesk.ticket.value.Urgency;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A port for the SLA: the time by which a new ticket must be resolved, counted as its tenant's policy and
 * calendar count it, so a ticket is born with its real deadline (shown on the queue, returned by the API, written
 * into the assignment notice) instead of a provisional one corrected a moment later.
 */
public interface ResolutionDueTime {

    /** Empty when no policy applies; the ticket then keeps the urgency's calendar-time target. */
    Optional<Instant> resolutionDue(
            long tenantId, @Nullable Long teamId, Urgency urgency, @Nullable String category, Instant registeredAt);
}

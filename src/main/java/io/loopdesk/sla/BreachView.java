package io.loopdesk.sla;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A recorded breach, for the ticket page and reports. */
public record BreachView(
        String ticketNumber,
        SlaTarget target,
        int cycle,
        PolicyName policy,
        Instant dueAt,
        Instant recordedAt,
        @Nullable Long assigneeId,
        @Nullable Long teamId,
        boolean critical) {}

package io.loopdesk.sla.clock;

import io.loopdesk.sla.SlaTarget;
import io.loopdesk.sla.policy.PolicyName;
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

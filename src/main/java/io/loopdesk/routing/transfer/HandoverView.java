package io.loopdesk.routing.transfer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A handover as pages and the API show it. */
public record HandoverView(
        long id,
        long tenantId,
        String ticketNumber,
        HandoverKind kind,
        @Nullable Long fromAgentId,
        @Nullable Long toAgentId,
        @Nullable Long toTeamId,
        @Nullable EscalationLevel level,
        String note,
        boolean open,
        @Nullable Long createdBy,
        Instant createdAt,
        @Nullable Instant closedAt) {}

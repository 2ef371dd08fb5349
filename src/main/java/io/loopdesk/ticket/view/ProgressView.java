package io.loopdesk.ticket.view;

import io.loopdesk.ticket.value.ProgressLabel;
import io.loopdesk.ticket.value.TicketStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A progress record on a ticket's timeline. */
public record ProgressView(
        long id,
        @Nullable Long handlerId,
        String handlerName,
        TicketStatus stage,
        ProgressLabel label,
        String details,
        @Nullable Instant estimatedCompletionAt,
        @Nullable Instant actualCompletionAt,
        @Nullable String partsReplaced,
        boolean onSiteVisit,
        boolean customerVisible,
        Instant createdAt) {}

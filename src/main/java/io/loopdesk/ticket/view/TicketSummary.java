package io.loopdesk.ticket.view;

import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.TicketPriority;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A ticket as a list row shows it. */
public record TicketSummary(
        String number,
        long tenantId,
        String title,
        Channel channel,
        TicketStatus status,
        Urgency urgency,
        FeedbackType type,
        @Nullable String category,
        @Nullable String customerName,
        @Nullable Long requesterId,
        @Nullable Long assigneeId,
        @Nullable Long teamId,
        Instant registeredAt,
        Instant updatedAt,
        Instant resolutionDueAt,
        boolean complaint,
        TicketPriority priority,
        @Nullable RatingSummary rating) {}

package io.loopdesk.ticket.view;

import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.Device;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.RelatedLinks;
import io.loopdesk.ticket.value.TicketPriority;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A ticket as the caller may see it. {@code mergedInto} is the number of the ticket it was merged into, once merged. {@code resolutionDueAt} is the SLA's business-time due (provisional, by the
 * urgency in calendar time, until the SLA module computes it); {@code complaint} and {@code priority} are set by
 * complaint signals; {@code rating} is the customer's rating in short, once given. Contact and phone are masked ({@code 138****1234}) unless the caller is the
 * customer or a role that must reach them. {@code language} is the one the ticket is written in (BCP 47, detected
 * when it was registered), {@code null} where the text could not tell.
 */
public record TicketView(
        String number,
        long tenantId,
        Channel channel,
        TicketStatus status,
        Urgency urgency,
        FeedbackType type,
        @Nullable String category,
        @Nullable String customerName,
        @Nullable String contactPerson,
        @Nullable String contact,
        @Nullable String product,
        String title,
        String description,
        @Nullable String externalUserId,
        @Nullable String phone,
        Device device,
        @Nullable String location,
        RelatedLinks links,
        @Nullable Long requesterId,
        @Nullable Long createdBy,
        @Nullable Long assigneeId,
        @Nullable Long teamId,
        Instant firstReceivedAt,
        Instant registeredAt,
        Instant updatedAt,
        @Nullable Instant firstResponseAt,
        @Nullable Instant resolvedAt,
        @Nullable Instant closedAt,
        Instant resolutionDueAt,
        int reopenCount,
        boolean complaint,
        TicketPriority priority,
        @Nullable RatingSummary rating,
        @Nullable String language,
        @Nullable String mergedInto) {}

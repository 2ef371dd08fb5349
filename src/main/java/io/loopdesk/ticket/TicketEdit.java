package io.loopdesk.ticket;

import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * A change to a ticket's editable fields: {@code null} leaves a field as it is, an empty string clears an optional
 * one. The number, channel, description and registration times cannot be changed; the customer's own words stay
 * as they were written.
 */
public record TicketEdit(
        @Nullable String customerName,
        @Nullable String contactPerson,
        @Nullable String contact,
        @Nullable String product,
        @Nullable String title,
        @Nullable FeedbackType type,
        @Nullable Urgency urgency,
        @Nullable String category,
        @Nullable String externalUserId,
        @Nullable String phone,
        @Nullable String deviceOs,
        @Nullable String deviceModel,
        @Nullable String appVersion,
        @Nullable String location,
        @Nullable String liveRoomId,
        @Nullable String productLink,
        @Nullable String orderNumber) {

    public static TicketEdit none() {
        return new TicketEdit(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}

package io.loopdesk.ticket.web;

import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The list filters of a queue page, bound from the URL. */
public record Filters(
        @Nullable Set<TicketStatus> status,
        @Nullable String category,
        @Nullable Set<Urgency> urgency,
        @Nullable Set<Channel> channel,
        @Nullable String assignee,
        @Nullable String q,
        TicketQuery.@Nullable Order order,
        @Nullable String cursor,
        @Nullable Boolean complaint,
        TicketQuery.@Nullable RatingFilter rating,
        @Nullable String from,
        @Nullable String to,
        @Nullable Long team,
        @Nullable String language,
        @Nullable String product,
        @Nullable String tag,
        @Nullable String field,
        @Nullable String fieldValue) {

    /** Whether {@code assignee} names one person by id (a drill-down from a report), not me/none. */
    public boolean assigneeIsPerson() {
        return assignee != null && assignee.strip().matches("\\d+");
    }

    /** The filter by one of the tenant's own fields: its key, and the value (any value when none is given). */
    TicketQuery.@Nullable FieldFilter fieldFilter() {
        return TicketQuery.FieldFilter.of(field, fieldValue);
    }

    /** Whether only complaints are listed. */
    public boolean complaintsOnly() {
        return Boolean.TRUE.equals(complaint);
    }

    /** The order asked for, or the natural one of the view: the overdue list shows the most late first. */
    TicketQuery.Order orderOr(String view) {
        if (order != null) {
            return order;
        }
        return view.equals("overdue") ? TicketQuery.Order.DUE_SOONEST : TicketQuery.Order.NEWEST;
    }

    public boolean has(Enum<?> value) {
        return (status != null && status.contains(value))
                || (urgency != null && urgency.contains(value))
                || (channel != null && channel.contains(value));
    }
}

package io.loopdesk.automation;

import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.ticket.view.TicketView;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A ticket as conditions see it: its own fields, its tags, the tenant's fields filled in on it, and its customer's
 * level.
 *
 * @param fields the tenant's own fields by key, with the values the ticket has in them
 */
public record TicketSnapshot(
        long ticketId, TicketView ticket, List<String> tags, Map<String, List<String>> fields, CustomerLevel level) {

    /** The ticket's values for {@code subject}: none when it is not set, several for tags or a multiple choice. */
    public List<String> values(Subject subject, @Nullable String key) {
        return switch (subject) {
            case CHANNEL -> List.of(ticket.channel().name());
            case STATUS -> List.of(ticket.status().name());
            case URGENCY -> List.of(ticket.urgency().name());
            case TYPE -> List.of(ticket.type().name());
            case PRIORITY -> List.of(ticket.priority().name());
            case CUSTOMER_LEVEL -> List.of(level.name());
            case COMPLAINT -> List.of(String.valueOf(ticket.complaint()));
            case CATEGORY -> optional(ticket.category());
            case TEAM -> optional(ticket.teamId());
            case ASSIGNEE -> optional(ticket.assigneeId());
            case TAG -> tags;
            case TEXT -> List.of(ticket.title() + "\n" + ticket.description());
            case PRODUCT -> optional(ticket.product());
            case FIELD -> key == null ? List.of() : fields.getOrDefault(key, List.of());
        };
    }

    private static List<String> optional(@Nullable Object value) {
        return value == null || value.toString().isBlank() ? List.of() : List.of(value.toString());
    }
}

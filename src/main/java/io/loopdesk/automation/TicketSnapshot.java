package io.loopdesk.automation;

import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.ticket.view.TicketView;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.util.function.SingletonSupplier;

/**
 * A ticket as conditions see it: its own fields, its tags, the tenant's fields filled in on it, and its customer's
 * level. What is not in the ticket's view is read the first time a condition asks for it, once: most rules look at
 * the channel, the urgency or the text, and every ticket is looked at by every rule.
 */
public final class TicketSnapshot {

    private final TicketView ticket;
    private final Supplier<Long> ticketId;
    private final Supplier<List<String>> tags;
    private final Supplier<Map<String, List<String>>> fields;
    private final Supplier<CustomerLevel> level;

    /**
     * @param fields the tenant's own fields by key, with the values the ticket has in them
     */
    TicketSnapshot(
            TicketView ticket,
            Supplier<Long> ticketId,
            Supplier<List<String>> tags,
            Supplier<Map<String, List<String>>> fields,
            Supplier<CustomerLevel> level) {
        this.ticket = ticket;
        this.ticketId = SingletonSupplier.of(ticketId);
        this.tags = SingletonSupplier.of(tags);
        this.fields = SingletonSupplier.of(fields);
        this.level = SingletonSupplier.of(level);
    }

    public TicketView ticket() {
        return ticket;
    }

    public long ticketId() {
        return ticketId.get();
    }

    /** The ticket's values for {@code subject}: none when it is not set, several for tags or a multiple choice. */
    public List<String> values(Subject subject, @Nullable String key) {
        return switch (subject) {
            case CHANNEL -> List.of(ticket.channel().name());
            case STATUS -> List.of(ticket.status().name());
            case URGENCY -> List.of(ticket.urgency().name());
            case TYPE -> List.of(ticket.type().name());
            case PRIORITY -> List.of(ticket.priority().name());
            case CUSTOMER_LEVEL -> List.of(level.get().name());
            case COMPLAINT -> List.of(String.valueOf(ticket.complaint()));
            case CATEGORY -> optional(ticket.category());
            case TEAM -> optional(ticket.teamId());
            case ASSIGNEE -> optional(ticket.assigneeId());
            case TAG -> tags.get();
            case TEXT -> List.of(ticket.title() + "\n" + ticket.description());
            case PRODUCT -> optional(ticket.product());
            case FIELD -> key == null ? List.of() : fields.get().getOrDefault(key, List.of());
        };
    }

    private static List<String> optional(@Nullable Object value) {
        return value == null || value.toString().isBlank() ? List.of() : List.of(value.toString());
    }
}

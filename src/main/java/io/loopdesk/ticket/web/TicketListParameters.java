package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.web.TimeParameters;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads list filters from request parameters, shared by the API and the pages. */
@Component
public class TicketListParameters {

    private final TimeParameters times;

    TicketListParameters(TimeParameters times) {
        this.times = times;
    }

    public TicketQuery.Builder query(
            @Nullable Set<TicketStatus> status,
            @Nullable String category,
            @Nullable String assignee,
            @Nullable Set<Urgency> urgency,
            @Nullable Set<Channel> channel,
            @Nullable String createdFrom,
            @Nullable String createdTo,
            @Nullable String text,
            TicketQuery.Order order,
            int limit,
            @Nullable String cursor,
            Actor actor) {
        return TicketQuery.builder()
                .statuses(status == null ? Set.of() : status)
                .category(blankToNull(category))
                .assignee(assignee(assignee, actor))
                .urgencies(urgency == null ? Set.of() : urgency)
                .channels(channel == null ? Set.of() : channel)
                .created(times.from("createdFrom", createdFrom), times.to("createdTo", createdTo))
                .text(blankToNull(text))
                .order(order)
                .limit(limit)
                .cursor(blankToNull(cursor));
    }

    /**
     * A language filter as the list takes it: a BCP 47 tag of a language and an optional region ({@code en},
     * {@code zh-CN}), written as detection writes it.
     */
    public static @Nullable String language(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String tag = value.strip();
        if (!tag.matches("[A-Za-z]{2,3}(-[A-Za-z]{2})?")) {
            throw new IllegalArgumentException(
                    "language must be a language tag such as zh-CN, zh-TW or en, not '" + tag + "'.");
        }
        String[] parts = tag.split("-");
        return parts[0].toLowerCase(java.util.Locale.ROOT)
                + (parts.length > 1 ? "-" + parts[1].toUpperCase(java.util.Locale.ROOT) : "");
    }

    private static TicketQuery.AssigneeFilter assignee(@Nullable String value, Actor actor) {
        if (value == null || value.isBlank()) {
            return TicketQuery.AssigneeFilter.ANY;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "me" ->
                actor.userId() == null
                        ? TicketQuery.AssigneeFilter.UNASSIGNED
                        : new TicketQuery.AssigneeFilter.User(actor.userId());
            case "none" -> TicketQuery.AssigneeFilter.UNASSIGNED;
            default -> {
                try {
                    yield new TicketQuery.AssigneeFilter.User(Long.parseLong(value.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "assignee must be 'me', 'none' or a user id, not '" + value + "'.");
                }
            }
        };
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package io.loopdesk.notification;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Optional;

/** What a tenant's webhook may be told of; {@link #type()} is the event's {@code type} in its JSON. */
public enum HookEvent {
    TICKET_CREATED("ticket.created"),
    TICKET_STATUS_CHANGED("ticket.status_changed"),
    TICKET_ASSIGNED("ticket.assigned"),
    TICKET_MESSAGE_ADDED("ticket.message_added"),
    TICKET_RATED("ticket.rated"),
    SLA_BREACHED("sla.breached");

    private final String type;

    HookEvent(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    /** Reads an event from JSON by its type ({@code ticket.created}) or its name ({@code TICKET_CREATED}). */
    @JsonCreator
    public static HookEvent fromJson(String text) {
        return named(text)
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a webhook event; use one of "
                        + Arrays.stream(values()).map(HookEvent::type).toList()));
    }

    /** The event named {@code type} ({@code ticket.created}) or {@code name} ({@code TICKET_CREATED}). */
    public static Optional<HookEvent> named(String text) {
        String wanted = text.strip();
        return Arrays.stream(values())
                .filter(e -> e.type.equals(wanted) || e.name().equals(wanted))
                .findFirst();
    }
}

package io.loopdesk.ticket.view;

import java.util.List;

/** A ticket with its whole timeline, oldest first, as the system reads many at once. */
public record TicketTimeline(TicketView ticket, List<TimelineEntry> entries) {

    public TicketTimeline {
        entries = List.copyOf(entries);
    }
}

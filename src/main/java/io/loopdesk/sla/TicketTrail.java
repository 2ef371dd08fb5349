package io.loopdesk.sla;

import io.loopdesk.ticket.value.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What happened to a ticket that SLA clocks care about, in order: its registration, status changes, public replies
 * of staff and customers, and expected completion times given. SLA clocks are replayed from it, so they are right
 * whatever order the events reached the SLA module in.
 *
 * @param events in time order; at the same instant status changes come first (a customer's answer that resumes a
 *     waiting ticket is one instant), then messages, then progress
 */
public record TicketTrail(Instant openedAt, List<Event> events) {

    public TicketTrail {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::at).thenComparing(Event::order));
        events = List.copyOf(sorted);
    }

    /** One thing that happened. */
    public sealed interface Event {
        Instant at();

        /** Where the event goes among events of the same instant. */
        int order();
    }

    /** The ticket moved from one status to another. */
    public record StatusChanged(Instant at, TicketStatus from, TicketStatus to) implements Event {
        @Override
        public int order() {
            return 0;
        }
    }

    /** A member of staff wrote a public reply. */
    public record StaffReplied(Instant at) implements Event {
        @Override
        public int order() {
            return 1;
        }
    }

    /** The customer wrote a public reply. */
    public record CustomerWrote(Instant at) implements Event {
        @Override
        public int order() {
            return 1;
        }
    }

    /** The notice of the result (the solution, how to confirm or reopen) reached the customer. */
    public record ResultNotified(Instant at) implements Event {
        @Override
        public int order() {
            return 2;
        }
    }

    /** The result could not be sent: no channel reaches the customer. */
    public record ResultUnreachable(Instant at) implements Event {
        @Override
        public int order() {
            return 2;
        }
    }

    /** A handler recorded progress with an estimated completion time. */
    public record EstimateGiven(Instant at) implements Event {
        @Override
        public int order() {
            return 2;
        }
    }
}

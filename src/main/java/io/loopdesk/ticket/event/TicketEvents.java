package io.loopdesk.ticket.event;

/** Marker for events the ticket module publishes; see the records in this package. */
public sealed interface TicketEvents
        permits TicketOpened,
                TicketStatusChanged,
                TicketMessageAdded,
                TicketAssigned,
                TicketProgressRecorded,
                TicketReclassified,
                TicketEdited {

    long ticketId();

    String number();

    long tenantId();
}

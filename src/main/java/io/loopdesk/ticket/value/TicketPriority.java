package io.loopdesk.ticket.value;

/**
 * How soon a ticket must be worked, apart from its urgency: complaint signals raise it (REQUIREMENTS §6). Stored as
 * its ordinal, so queues can order by it, highest first.
 */
public enum TicketPriority {
    NORMAL,
    /** A complaint tendency was detected (asks for a call, heated words, repeated problem, many messages). */
    HIGH,
    /** The customer pressed "complain". */
    TOP
}

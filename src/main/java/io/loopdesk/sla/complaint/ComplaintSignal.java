package io.loopdesk.sla.complaint;

import io.loopdesk.ticket.value.TicketPriority;

/** Why a ticket is treated as a complaint (REQUIREMENTS §6, seed 003 §7). */
public enum ComplaintSignal {
    /** The customer pressed "complain". */
    COMPLAINED(TicketPriority.TOP, "Customer complained"),
    /** The customer asks to be phoned, or for a manager. */
    PHONE_CALL_REQUESTED(TicketPriority.HIGH, "Complaint tendency: asks for a call or a manager"),
    /** The customer uses abusive or heated words, or writes in a heated or sarcastic tone. */
    HEATED_WORDS(TicketPriority.HIGH, "Complaint tendency: heated words or tone"),
    /** The customer threatens to take the matter to a regulator, a consumer body, the police or a court. */
    THREATENS_AUTHORITIES(TicketPriority.HIGH, "Complaint tendency: threatens to go to the authorities"),
    /** The customer threatens to make the matter public: the press, social media, reviews. */
    THREATENS_PUBLICITY(TicketPriority.HIGH, "Complaint tendency: threatens to make it public"),
    /** The same customer raised the same problem three or more times, or writes that it happened again. */
    REPEATED_PROBLEM(TicketPriority.HIGH, "Complaint tendency: the same problem again"),
    /** Many customer messages in a short time. */
    MESSAGE_BURST(TicketPriority.HIGH, "Complaint tendency: many messages in a short time");

    private final TicketPriority priority;
    private final String reason;

    ComplaintSignal(TicketPriority priority, String reason) {
        this.priority = priority;
        this.reason = reason;
    }

    /** The history line's reason (history notes are in English, like the ticket module's own). */
    public String reason() {
        return reason;
    }

    /** The priority the ticket gets at least. */
    public TicketPriority priority() {
        return priority;
    }
}

package io.loopdesk.ticket.value;

/** A public reply reaches the customer; an internal note is for staff only. */
public enum MessageKind {
    PUBLIC_REPLY,
    INTERNAL_NOTE
}

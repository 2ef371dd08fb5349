package io.loopdesk.ticket;

import io.loopdesk.shared.DomainException;

/** A string that cannot be a ticket number; answered like an unknown ticket. */
public class InvalidTicketNumberException extends DomainException {

    InvalidTicketNumberException(String value) {
        super(Kind.NOT_FOUND, "No ticket " + value + " (ticket numbers look like 261123-000042)");
    }
}

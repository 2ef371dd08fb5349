package io.loopdesk.ticket;

import io.loopdesk.shared.DomainException;

/** No ticket with this number that the caller may see; whether it exists elsewhere is not revealed. */
public class TicketNotFoundException extends DomainException {

    TicketNotFoundException(String number) {
        super(Kind.NOT_FOUND, "No ticket " + number + ".");
    }
}

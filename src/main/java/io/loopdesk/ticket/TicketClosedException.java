package io.loopdesk.ticket;

import io.loopdesk.shared.DomainException;

/** Nothing more happens on a closed ticket; the customer opens a new one. */
public class TicketClosedException extends DomainException {

    TicketClosedException(String number) {
        super(
                Kind.CONFLICT,
                "Ticket " + number + " is closed; nothing more can be added or changed. Open a new ticket.");
    }
}

package io.loopdesk.ticket;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** Nothing more happens on a closed ticket; the customer opens a new one. */
public class TicketClosedException extends DomainException {

    public TicketClosedException(String number) {
        super(
                Kind.CONFLICT,
                Phrase.of("error.ticket.closed", number),
                "Ticket " + number + " is closed; nothing more can be added or changed. Open a new ticket.",
                List.of());
    }
}

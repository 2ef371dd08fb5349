package io.loopdesk.ticket;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** A string that cannot be a ticket number; answered like an unknown ticket. */
public class InvalidTicketNumberException extends DomainException {

    public InvalidTicketNumberException(String value) {
        super(
                Kind.NOT_FOUND,
                Phrase.of("error.ticket.number.invalid", value),
                "No ticket " + value + " (ticket numbers look like 261123-000042)",
                List.of());
    }
}

package io.loopdesk.ticket;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** No ticket with this number that the caller may see; whether it exists elsewhere is not revealed. */
public class TicketNotFoundException extends DomainException {

    public TicketNotFoundException(String number) {
        super(Kind.NOT_FOUND, Phrase.of("error.ticket.notFound", number), "No ticket " + number + ".", List.of());
    }
}

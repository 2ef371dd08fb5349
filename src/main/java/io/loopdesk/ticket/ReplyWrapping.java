package io.loopdesk.ticket;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.view.TicketView;

/**
 * What a tenant puts around every public reply its desk sends (its opening and closing phrases), provided by
 * another module (the knowledge module's reply templates). {@link Tickets#addMessage} applies every such bean before
 * the reply is checked and stored.
 */
public interface ReplyWrapping {

    /** {@code body} as it is to be sent on {@code ticket} by {@code author}. */
    String wrap(TicketView ticket, String body, Actor author);
}

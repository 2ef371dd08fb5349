package io.loopdesk.ticket;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.view.TicketView;
import java.util.Map;

/**
 * The macros a person may apply to tickets, provided by the module that owns them (knowledge), so a bulk action can
 * apply one to many tickets without the ticket module depending on it.
 */
public interface TicketMacros {

    /** The macros {@code actor} may apply, by id, with their names, in name order. */
    Map<Long, String> available(Actor actor);

    /** Applies macro {@code id} to the ticket, all of it or nothing; returns the ticket after. */
    TicketView apply(long id, String ticketNumber, Actor actor);
}

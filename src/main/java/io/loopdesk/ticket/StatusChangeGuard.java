package io.loopdesk.ticket;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.TicketView;

/**
 * A rule another module adds to status changes, checked before the lifecycle's own: e.g. a ticket dispatched to the
 * platform's support must not be closed by the tenant. Implementations throw a {@link
 * io.loopdesk.shared.DomainException} to refuse; the change is then not made.
 */
public interface StatusChangeGuard {

    void check(TicketView ticket, TicketStatus target, Actor actor);
}

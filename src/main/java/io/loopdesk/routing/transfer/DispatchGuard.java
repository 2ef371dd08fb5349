package io.loopdesk.routing.transfer;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.routing.RoutingRefusedException;
import io.loopdesk.shared.DomainException;
import io.loopdesk.ticket.StatusChangeGuard;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.TicketView;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** A ticket dispatched to the platform's support is not closed by the tenant until the platform has answered. */
@Component
class DispatchGuard implements StatusChangeGuard {

    private final Transfers transfers;

    DispatchGuard(@Lazy Transfers transfers) {
        this.transfers = transfers;
    }

    @Override
    public void check(TicketView ticket, TicketStatus target, Actor actor) {
        if (target == TicketStatus.CLOSED
                && !actor.has(Role.PLATFORM_OPERATOR)
                && !actor.isSystem()
                && transfers.openDispatch(ticket.number(), actor) != null) {
            throw new RoutingRefusedException(
                    DomainException.Kind.CONFLICT,
                    "error.routing.dispatch.open",
                    "Ticket " + ticket.number() + " is with the platform's support: do not close it until they answer.",
                    ticket.number());
        }
    }
}

package io.loopdesk.sla.autoclose;

import io.loopdesk.ticket.event.TicketMessageAdded;
import io.loopdesk.ticket.event.TicketStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/** Starts and cancels auto-close chains as tickets wait for customers and customers answer. */
@Component
class AutoCloseEvents {

    private final AutoCloseChain chain;

    AutoCloseEvents(AutoCloseChain chain) {
        this.chain = chain;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TicketStatusChanged event) {
        chain.statusChanged(
                event.tenantId(), event.ticketId(), event.number(), event.to(), event.actorId(), event.at());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TicketMessageAdded event) {
        if (event.fromCustomer()) {
            chain.customerWrote(event.tenantId(), event.ticketId());
        }
    }
}

package io.loopdesk.sla;

import io.loopdesk.ticket.TicketMessageAdded;
import io.loopdesk.ticket.TicketOpened;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/** Runs the complaint-tendency rules on what customers write: new tickets and customer messages. */
@Component
class ComplaintEvents {

    private final Complaints complaints;

    ComplaintEvents(Complaints complaints) {
        this.complaints = complaints;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TicketOpened event) {
        complaints.opened(event.number());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TicketMessageAdded event) {
        if (event.fromCustomer()) {
            complaints.customerWrote(event.number(), event.messageId());
        }
    }
}

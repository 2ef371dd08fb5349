package io.loopdesk.sla;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.sla.complaint.Complaints;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.event.TicketAssigned;
import io.loopdesk.ticket.event.TicketEdited;
import io.loopdesk.ticket.event.TicketMessageAdded;
import io.loopdesk.ticket.event.TicketOpened;
import io.loopdesk.ticket.event.TicketProgressRecorded;
import io.loopdesk.ticket.event.TicketReclassified;
import io.loopdesk.ticket.event.TicketStatusChanged;
import io.loopdesk.ticket.view.TicketView;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The SLA clocks follow the ticket: a new ticket's start in the transaction that registers it; every later ticket
 * event (after its transaction committed, from the publication registry, so none is lost) replays them. What
 * customers write (new tickets, their messages) is also read by the complaint-tendency rules in the same reaction,
 * so an event needs one publication, not two. The after-commit listeners open their own transaction in the
 * ticket's tenant scope ({@code NOT_SUPPORTED} here: the tenant scope must be set before a transaction opens its
 * session).
 */
@Component
class SlaTicketEvents {

    private final SlaTracker tracker;
    private final CustomerNotices customers;
    private final Complaints complaints;
    private final TicketQueries queries;

    SlaTicketEvents(SlaTracker tracker, CustomerNotices customers, Complaints complaints, TicketQueries queries) {
        this.tracker = tracker;
        this.customers = customers;
        this.complaints = complaints;
        this.queries = queries;
    }

    /**
     * A new ticket's clocks start, and its text is read for complaint signals, in the transaction that registers
     * it: a ticket never exists without its clocks, and the reaction needs no outbox entry, no second transaction
     * and the ticket is read once for both. (Later events come after their commit, as below.)
     */
    @EventListener
    void on(TicketOpened event) {
        TicketView ticket = queries.get(event.number(), Actor.system());
        tracker.start(event.ticketId(), ticket);
        complaints.opened(ticket);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TicketStatusChanged event) {
        tracker.refresh(event.tenantId(), event.ticketId(), event.number());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TicketMessageAdded event) {
        tracker.refresh(event.tenantId(), event.ticketId(), event.number());
        if (event.fromCustomer()) {
            TenantScope.inTenant(event.tenantId(), () -> complaints.customerWrote(event.number(), event.messageId()));
        }
    }

    /**
     * A team change may change the calendar the clocks count in; who holds the ticket does not move them. The
     * condition keeps the publication registry from recording an event this listener would ignore.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED, condition = "#event.teamChanged()")
    void on(TicketAssigned event) {
        tracker.refresh(event.tenantId(), event.ticketId(), event.number());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TicketReclassified event) {
        tracker.retarget(event.tenantId(), event.ticketId(), event.number());
    }

    /**
     * What became of the result notice (sent, or no channel) ends the result target's cycle. The condition keeps the
     * publication registry from recording every other edit.
     */
    @ApplicationModuleListener(
            propagation = Propagation.NOT_SUPPORTED,
            condition = "#event.fields().contains(T(io.loopdesk.ticket.value.ResultNotice).FIELD)")
    void on(TicketEdited event) {
        tracker.refresh(event.tenantId(), event.ticketId(), event.number());
    }

    /** An estimated completion time meets the expected-resolution target; the customer is told the time. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TicketProgressRecorded event) {
        tracker.refresh(event.tenantId(), event.ticketId(), event.number());
        if (event.estimatedCompletionAt() != null) {
            customers.expectedCompletion(
                    event.tenantId(), event.ticketId(), event.number(), event.estimatedCompletionAt());
        }
    }
}

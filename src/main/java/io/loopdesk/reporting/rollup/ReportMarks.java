package io.loopdesk.reporting.rollup;

import io.loopdesk.quality.TicketInspected;
import io.loopdesk.sla.SlaOutcome;
import io.loopdesk.ticket.event.TicketEvents;
import io.loopdesk.ticket.event.TicketMessageAdded;
import io.loopdesk.ticket.value.MessageKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks a ticket for the next fold whenever it changes, in the transaction of the change: a committed change
 * always leaves a mark, and nothing is read here, so keeping reports current costs a ticket change one small write.
 */
@Component
class ReportMarks {

    private final Marks marks;

    ReportMarks(Marks marks) {
        this.marks = marks;
    }

    @EventListener
    void on(TicketEvents event) {
        if (event instanceof TicketMessageAdded message
                && (message.fromCustomer() || message.kind() != MessageKind.PUBLIC_REPLY)) {
            // a customer's message or an internal note changes nothing reports count; a status change it causes
            // marks the ticket itself
            return;
        }
        marks.mark(event.ticketId(), event.tenantId());
    }

    /** A ticket's quality score became final: published in the transaction that stores it. */
    @EventListener
    void on(TicketInspected inspected) {
        marks.mark(inspected.ticketId(), inspected.tenantId());
    }

    /** An SLA target met or missed: published in the transaction that settles it. */
    @EventListener
    void on(SlaOutcome outcome) {
        marks.mark(outcome.ticketId(), outcome.tenantId());
    }
}

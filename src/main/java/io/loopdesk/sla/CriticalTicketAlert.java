package io.loopdesk.sla;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.event.TicketOpened;
import io.loopdesk.ticket.value.Urgency;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Alerts the team lead when a critical ticket is registered. Just before the registration commits, so the ticket
 * has been routed (the alert goes to the lead of the team it went to) and the alert commits with it.
 */
@Component
class CriticalTicketAlert {

    private final StaffNotices notices;
    private final TicketQueries queries;
    private final Clock clock;

    CriticalTicketAlert(StaffNotices notices, TicketQueries queries, Clock clock) {
        this.notices = notices;
        this.queries = queries;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(TicketOpened opened) {
        if (opened.urgency() == Urgency.CRITICAL) {
            notices.critical(queries.get(opened.number(), Actor.system()), clock.instant());
        }
    }
}

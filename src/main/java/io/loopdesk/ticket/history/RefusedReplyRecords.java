package io.loopdesk.ticket.history;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.event.ReplyRefused;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A refused reply leaves a line in the ticket's history ({@code reply-refused}, the writer's id and the reason),
 * written once the refusing transaction has rolled back, in one of its own: supervisors see it on the ticket, and
 * quality inspection draws the ticket.
 */
@Component
class RefusedReplyRecords {

    /** The history field. */
    static final String FIELD = "reply-refused";

    private final Tickets tickets;
    private final TransactionTemplate separately;

    RefusedReplyRecords(Tickets tickets, PlatformTransactionManager transactionManager) {
        this.tickets = tickets;
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_ROLLBACK, fallbackExecution = true)
    void on(ReplyRefused refused) {
        TenantScope.inTenant(
                refused.tenantId(),
                () -> separately.executeWithoutResult(status -> tickets.annotate(
                        refused.number(),
                        FIELD,
                        refused.writerId() == null ? null : String.valueOf(refused.writerId()),
                        refused.words(),
                        Actor.system(refused.tenantId()))));
    }
}

package io.loopdesk.notification.hook;

import io.loopdesk.notification.HookEvent;
import io.loopdesk.notification.TenantWebhooks;
import io.loopdesk.ticket.event.TicketAssigned;
import io.loopdesk.ticket.event.TicketMessageAdded;
import io.loopdesk.ticket.event.TicketOpened;
import io.loopdesk.ticket.event.TicketStatusChanged;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a tenant's webhooks of its tickets changing, in the transaction of the change. Events are thin: they say
 * what changed, and the receiver reads the ticket with {@code GET /api/v1/tickets/{number}} when it needs more.
 */
@Component
class TicketHooks {

    private final TenantWebhooks webhooks;

    TicketHooks(TenantWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @EventListener
    void on(TicketOpened opened) {
        if (!webhooks.wanted(opened.tenantId(), HookEvent.TICKET_CREATED)) {
            return;
        }
        Map<String, Object> data = ticket(opened.number());
        data.put("channel", opened.channel().name());
        data.put("urgency", opened.urgency().name());
        data.put("type", opened.type().name());
        data.put("category", opened.category());
        data.put("title", opened.title());
        data.put("at", opened.registeredAt().toString());
        webhooks.tell(opened.tenantId(), HookEvent.TICKET_CREATED, data, opened.number());
    }

    @EventListener
    void on(TicketStatusChanged changed) {
        if (!webhooks.wanted(changed.tenantId(), HookEvent.TICKET_STATUS_CHANGED)) {
            return;
        }
        Map<String, Object> data = ticket(changed.number());
        data.put("from", changed.from().name());
        data.put("to", changed.to().name());
        data.put("at", changed.at().toString());
        webhooks.tell(changed.tenantId(), HookEvent.TICKET_STATUS_CHANGED, data, changed.number());
    }

    @EventListener
    void on(TicketAssigned assigned) {
        if (!webhooks.wanted(assigned.tenantId(), HookEvent.TICKET_ASSIGNED)) {
            return;
        }
        Map<String, Object> data = ticket(assigned.number());
        data.put("assigneeId", assigned.assigneeId());
        data.put("teamId", assigned.teamId());
        data.put("previousAssigneeId", assigned.previousAssigneeId());
        data.put("at", assigned.at().toString());
        webhooks.tell(assigned.tenantId(), HookEvent.TICKET_ASSIGNED, data, assigned.number());
    }

    @EventListener
    void on(TicketMessageAdded added) {
        if (!webhooks.wanted(added.tenantId(), HookEvent.TICKET_MESSAGE_ADDED)) {
            return;
        }
        Map<String, Object> data = ticket(added.number());
        data.put("messageId", added.messageId());
        data.put("kind", added.kind().name());
        data.put("fromCustomer", added.fromCustomer());
        data.put("at", added.at().toString());
        webhooks.tell(added.tenantId(), HookEvent.TICKET_MESSAGE_ADDED, data, added.number());
    }

    static Map<String, Object> ticket(String number) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketNumber", number);
        return data;
    }
}

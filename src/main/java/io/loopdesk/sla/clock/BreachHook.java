package io.loopdesk.sla.clock;

import io.loopdesk.notification.HookEvent;
import io.loopdesk.notification.TenantWebhooks;
import io.loopdesk.sla.SlaOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the tenant's webhooks of a missed SLA target, in the transaction that records the breach. */
@Component
class BreachHook {

    private final TenantWebhooks webhooks;

    BreachHook(TenantWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @EventListener(condition = "!#outcome.met()")
    void on(SlaOutcome outcome) {
        if (!webhooks.wanted(outcome.tenantId(), HookEvent.SLA_BREACHED)) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketNumber", outcome.number());
        data.put("target", outcome.target().name());
        data.put("cycle", outcome.cycle());
        data.put("dueAt", outcome.dueAt().toString());
        data.put("at", outcome.settledAt().toString());
        webhooks.tell(outcome.tenantId(), HookEvent.SLA_BREACHED, data, outcome.number());
    }
}

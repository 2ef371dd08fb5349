package io.loopdesk.survey.notice;

import io.loopdesk.notification.HookEvent;
import io.loopdesk.notification.TenantWebhooks;
import io.loopdesk.survey.Scores;
import io.loopdesk.survey.TicketRated;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the tenant's webhooks that a customer rated a ticket, with the scores, in the rating's transaction. */
@Component
class RatingHook {

    private final TenantWebhooks webhooks;

    RatingHook(TenantWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @EventListener
    void on(TicketRated rated) {
        if (!webhooks.wanted(rated.tenantId(), HookEvent.TICKET_RATED)) {
            return;
        }
        Scores scores = rated.scores();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketNumber", rated.ticketNumber());
        data.put("overall", scores.overall() == null ? null : scores.overall().name());
        data.put("responseSpeed", scores.responseSpeed());
        data.put("expertise", scores.expertise());
        data.put("resolution", scores.resolution());
        data.put("attitude", scores.attitude());
        data.put("nps", scores.nps());
        data.put("comment", scores.comment());
        data.put("at", rated.at().toString());
        webhooks.tell(rated.tenantId(), HookEvent.TICKET_RATED, data, rated.ticketNumber());
    }
}

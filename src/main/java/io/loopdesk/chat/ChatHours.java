package io.loopdesk.chat;

import io.loopdesk.routing.Presence;
import io.loopdesk.sla.BusinessTime;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Whether a tenant takes chats now: someone is on duty and, for a desk that chats only in its working hours, it is
 * open by its business calendar. When it does not, the visitor is offered to leave a message instead.
 */
@Service
public class ChatHours {

    private final Presence presence;
    private final BusinessTime businessTime;
    private final ChatRouting routing;
    private final Clock clock;

    ChatHours(Presence presence, BusinessTime businessTime, ChatRouting routing, Clock clock) {
        this.presence = presence;
        this.businessTime = businessTime;
        this.routing = routing;
        this.clock = clock;
    }

    /**
     * The desk's chat now.
     *
     * @param nextOpening when a desk closed by its hours opens again; {@code null} when it is open or closed only for
     *     want of someone on duty
     */
    public record Now(boolean open, @Nullable Instant nextOpening) {}

    public Now now(long tenantId) {
        Instant now = clock.instant();
        if (closedByHours(tenantId, routing.rules(tenantId))) {
            return new Now(false, businessTime.nextOpening(tenantId, now).orElse(null));
        }
        return new Now(!presence.onDuty(tenantId).isEmpty(), null);
    }

    /** Whether a desk that chats only in its working hours is closed now. */
    boolean closedByHours(long tenantId, ChatRules rules) {
        return rules.businessHoursOnly() && !businessTime.isOpen(tenantId, clock.instant());
    }
}

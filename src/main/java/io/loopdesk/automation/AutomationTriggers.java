package io.loopdesk.automation;

import io.loopdesk.shared.AsyncReaction;
import io.loopdesk.ticket.event.TicketAssigned;
import io.loopdesk.ticket.event.TicketEdited;
import io.loopdesk.ticket.event.TicketEvents;
import io.loopdesk.ticket.event.TicketMessageAdded;
import io.loopdesk.ticket.event.TicketOpened;
import io.loopdesk.ticket.event.TicketStatusChanged;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Hands ticket events to the rules: a registration to the {@link Trigger#CREATED} ones, any other change or message
 * to the {@link Trigger#UPDATED} ones. Whether an event is wanted is decided when it is published, on the thread
 * that made the change: an automation's own changes, and the changes of a tenant without rules for it, are not
 * even recorded for later.
 */
@Component
class AutomationTriggers {

    private final AutomationEngine engine;

    AutomationTriggers(AutomationEngine engine) {
        this.engine = engine;
    }

    /** Whether rules should look at the event: not an automation's own change, and the tenant has rules for it. */
    public boolean wanted(TicketEvents event, Trigger trigger) {
        return !OwnChanges.underway() && engine.anyFor(tenantOf(event), trigger);
    }

    @AsyncReaction(condition = "@automationTriggers.wanted(#opened, T(io.loopdesk.automation.Trigger).CREATED)")
    void on(TicketOpened opened) {
        engine.run(opened.tenantId(), opened.number(), Trigger.CREATED, "created");
    }

    @AsyncReaction(condition = "@automationTriggers.wanted(#changed, T(io.loopdesk.automation.Trigger).UPDATED)")
    void on(TicketStatusChanged changed) {
        engine.run(
                changed.tenantId(),
                changed.number(),
                Trigger.UPDATED,
                "status:" + changed.from() + ">" + changed.to() + "@" + changed.at());
    }

    @AsyncReaction(condition = "@automationTriggers.wanted(#assigned, T(io.loopdesk.automation.Trigger).UPDATED)")
    void on(TicketAssigned assigned) {
        engine.run(
                assigned.tenantId(),
                assigned.number(),
                Trigger.UPDATED,
                "assigned:" + assigned.teamId() + "/" + assigned.assigneeId() + "@" + assigned.at());
    }

    @AsyncReaction(condition = "@automationTriggers.wanted(#edited, T(io.loopdesk.automation.Trigger).UPDATED)")
    void on(TicketEdited edited) {
        engine.run(
                edited.tenantId(),
                edited.number(),
                Trigger.UPDATED,
                "edited:" + String.join(",", new TreeSet<>(edited.fields())) + "@" + edited.at());
    }

    @AsyncReaction(condition = "@automationTriggers.wanted(#added, T(io.loopdesk.automation.Trigger).UPDATED)")
    void on(TicketMessageAdded added) {
        engine.run(added.tenantId(), added.number(), Trigger.UPDATED, "message:" + added.messageId());
    }

    private static long tenantOf(TicketEvents event) {
        return switch (event) {
            case TicketOpened e -> e.tenantId();
            case TicketStatusChanged e -> e.tenantId();
            case TicketAssigned e -> e.tenantId();
            case TicketEdited e -> e.tenantId();
            case TicketMessageAdded e -> e.tenantId();
            default -> throw new IllegalArgumentException("Not a ticket change automations look at: " + event);
        };
    }
}

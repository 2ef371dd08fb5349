package io.loopdesk.sla.policy;

import io.loopdesk.sla.SlaTarget;
import io.loopdesk.sla.TicketFacts;
import io.loopdesk.sla.calendar.BusinessCalendar;
import io.loopdesk.sla.clock.Budget;
import io.loopdesk.sla.clock.Deadline;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** A named SLA policy: which targets a ticket gets, and how long each allows. */
public sealed interface SlaPolicy permits StandardPolicy, MarketplacePolicy {

    PolicyName name();

    /** The ticket's targets; a target not in the map is not measured. */
    Map<SlaTarget, Deadline> targetsFor(TicketFacts facts);

    /**
     * The due time of each target that starts with the registration, for a ticket registered now, before any pause
     * (the result notice starts only when the ticket is solved).
     */
    default Map<SlaTarget, Instant> dueTimes(TicketFacts facts, BusinessCalendar calendar, Clock clock) {
        Instant now = clock.instant();
        Map<SlaTarget, Instant> due = new EnumMap<>(SlaTarget.class);
        targetsFor(facts).forEach((target, deadline) -> {
            if (target == SlaTarget.RESULT_NOTICE) {
                return;
            }
            Budget budget = deadline.budgetFrom(now, calendar);
            due.put(target, budget.basis().plus(calendar, now, budget.amount()));
        });
        return due;
    }

    /** The policy the settings choose, with their numbers. */
    static SlaPolicy of(SlaSettings settings) {
        return switch (settings.policy()) {
            case STANDARD -> new StandardPolicy(settings.standard(), settings.resolution(), settings.bases());
            case MARKETPLACE -> new MarketplacePolicy(settings.marketplace(), settings.resolution(), settings.bases());
        };
    }
}

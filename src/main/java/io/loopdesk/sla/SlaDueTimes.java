package io.loopdesk.sla;

import io.loopdesk.sla.calendar.BusinessCalendar;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.calendar.NoBusinessTimeException;
import io.loopdesk.sla.clock.Budget;
import io.loopdesk.sla.clock.Deadline;
import io.loopdesk.sla.policy.SlaPolicies;
import io.loopdesk.sla.policy.SlaPolicy;
import io.loopdesk.sla.policy.SlaSettings;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.ResolutionDueTime;
import io.loopdesk.ticket.value.Urgency;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A new ticket's resolution due time by the tenant's policy and its team's calendar: the same computation the
 * clocks make once they start ({@link SlaTracker}), so the two agree and the ticket's history gets no correction.
 */
@Component
class SlaDueTimes implements ResolutionDueTime {

    private final SlaPolicies policies;
    private final Calendars calendars;
    private final Tenants tenants;

    SlaDueTimes(SlaPolicies policies, Calendars calendars, Tenants tenants) {
        this.policies = policies;
        this.calendars = calendars;
        this.tenants = tenants;
    }

    @Override
    public Optional<Instant> resolutionDue(
            long tenantId, @Nullable Long teamId, Urgency urgency, @Nullable String category, Instant registeredAt) {
        SlaSettings settings = policies.settings(tenantId);
        TicketFacts facts = new TicketFacts(tenants.byId(tenantId).orElseThrow().plan(), urgency, category);
        Deadline deadline = SlaPolicy.of(settings).targetsFor(facts).get(SlaTarget.RESOLUTION);
        if (deadline == null) {
            return Optional.empty();
        }
        BusinessCalendar calendar = calendars.ofTeam(tenantId, teamId);
        try {
            Budget budget = deadline.budgetFrom(registeredAt, calendar);
            return Optional.of(budget.basis().plus(calendar, registeredAt, budget.amount()));
        } catch (NoBusinessTimeException | IllegalStateException noWorkingTime) {
            // a calendar without working hours must not stop tickets from being opened; the clocks report it
            return Optional.empty();
        }
    }
}

package io.loopdesk.sla.clock;

import io.loopdesk.identity.Actor;
import io.loopdesk.sla.SlaAccess;
import io.loopdesk.sla.SlaForbiddenException;
import io.loopdesk.sla.SlaTicketRepository;
import io.loopdesk.sla.SlaValidationException;
import io.loopdesk.sla.TicketSla;
import io.loopdesk.sla.calendar.BusinessCalendar;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.complaint.ComplaintRecordRepository;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

/** Reading SLA state: a ticket's clocks, breaches and complaint signals; the breaches of a period for reports. */
@Service
public class SlaClocks {

    private final SlaTicketRepository tracked;
    private final SlaClockRepository clocks;
    private final BreachRepository breaches;
    private final ComplaintRecordRepository complaints;
    private final TicketQueries queries;
    private final Calendars calendars;
    private final SlaAccess access;
    private final Clock clock;

    private final MessageSource messages;

    SlaClocks(
            SlaTicketRepository tracked,
            SlaClockRepository clocks,
            BreachRepository breaches,
            ComplaintRecordRepository complaints,
            TicketQueries queries,
            Calendars calendars,
            SlaAccess access,
            MessageSource messages,
            Clock clock) {
        this.messages = messages;
        this.tracked = tracked;
        this.clocks = clocks;
        this.breaches = breaches;
        this.complaints = complaints;
        this.queries = queries;
        this.calendars = calendars;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The SLA of a ticket the actor can see (staff only).
     *
     * @throws SlaForbiddenException for customers: the SLA is the desk's business
     */
    public TicketSla of(String number, Actor actor) {
        if (actor.isCustomer()) {
            throw new SlaForbiddenException("error.sla.ticket.forbidden", "The SLA of a ticket is for staff.");
        }
        TicketView ticket = queries.get(number, actor);
        BusinessCalendar calendar = calendars.ofTeam(ticket.tenantId(), ticket.teamId());
        Instant now = clock.instant();
        // complaint evidence in the reader's language: the page's, or the API caller's
        Locale reader = LocaleContextHolder.getLocale();
        return access.inTenant(
                ticket.tenantId(),
                () -> tracked.findByTicketNumber(ticket.number())
                        .map(row -> new TicketSla(
                                ticket.number(),
                                row.policy(),
                                clocks.findByTicketIdOrderByTarget(row.ticketId()).stream()
                                        .map(c -> new TicketSla.Clock(c.view(), left(c.view(), calendar, now)))
                                        .toList(),
                                breaches.findByTicketIdOrderByDueAt(row.ticketId()).stream()
                                        .map(Breach::view)
                                        .toList(),
                                complaints.findByTicketNumberOrderByDetectedAt(row.ticketNumber()).stream()
                                        .map(record -> record.view(messages, reader))
                                        .toList()))
                        .orElseGet(() -> new TicketSla(ticket.number(), null, List.of(), List.of(), List.of())));
    }

    /** The breaches whose due time lies in {@code [from, to)}, oldest first; for the tenant's staff. */
    public List<BreachView> breaches(long tenantId, Instant from, Instant to, int limit, Actor actor) {
        if (!to.isAfter(from)) {
            throw SlaValidationException.of("to", "sla.breaches.period", "'to' must be after 'from'.");
        }
        return access.reading(
                tenantId,
                actor,
                () -> breaches
                        .findByDueAtGreaterThanEqualAndDueAtLessThanOrderByDueAtAscIdAsc(
                                from, to, Limit.of(Math.clamp(limit, 1, 1000)))
                        .stream()
                        .map(Breach::view)
                        .toList());
    }

    private static Duration left(ClockView view, BusinessCalendar calendar, Instant now) {
        return switch (view.phase()) {
            case RUNNING -> view.dueAt() == null ? Duration.ZERO : view.basis().between(calendar, now, view.dueAt());
            case PENDING, PAUSED, STOPPED -> view.budget().minus(view.spent());
        };
    }
}

package io.loopdesk.sla.autoclose;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.jdbc.ConcurrentChangeRetry;
import io.loopdesk.shared.timer.Timers;
import io.loopdesk.sla.CustomerNotices;
import io.loopdesk.sla.SlaAccess;
import io.loopdesk.sla.calendar.BusinessCalendar;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.policy.SlaPolicies;
import io.loopdesk.sla.policy.SlaSettings;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Auto-close of tickets waiting for the customer (seed 003 §9), counted in working days of the tenant's calendar:
 * no answer by the 2nd working day, the customer is reminded by e-mail and SMS; by the 7th, the ticket goes to
 * awaiting confirmation and the customer is told; 3 working days later it is confirmed (resolved) and closed by the
 * system. Each step happens at the desk's opening time of its day. Any customer reply, or staff moving the ticket
 * on, cancels the chain. The numbers are the tenant's {@link SlaSettings.AutoCloseTerms}.
 */
@Component
class AutoCloseChain {

    static final String TIMER = "sla-auto-close";

    private final WaitingChainRepository chains;
    private final TicketQueries queries;
    private final Tickets tickets;
    private final SlaPolicies policies;
    private final Calendars calendars;
    private final CustomerNotices customers;
    private final Timers timers;
    private final SlaAccess access;
    private final Clock clock;

    AutoCloseChain(
            WaitingChainRepository chains,
            TicketQueries queries,
            Tickets tickets,
            SlaPolicies policies,
            Calendars calendars,
            CustomerNotices customers,
            Timers timers,
            SlaAccess access,
            Clock clock) {
        this.chains = chains;
        this.queries = queries;
        this.tickets = tickets;
        this.policies = policies;
        this.calendars = calendars;
        this.customers = customers;
        this.timers = timers;
        this.access = access;
        this.clock = clock;
    }

    /** The ticket's status changed: a wait starts a chain; anything else but the chain's own step cancels it. */
    void statusChanged(
            long tenantId, long ticketId, String number, TicketStatus to, @Nullable Long actorId, Instant at) {
        ConcurrentChangeRetry.run(() -> access.inTenant(tenantId, () -> {
            TicketView ticket = queries.get(number, Actor.system());
            WaitingChain chain = lockOrCreate(ticketId, tenantId, number, at);
            if (to == TicketStatus.WAITING_CUSTOMER) {
                // a stale event (the ticket has moved on since) starts nothing
                if (ticket.status() == TicketStatus.WAITING_CUSTOMER && !chain.isWaitingSince(at)) {
                    cancelTimer(chain);
                    chain.start(
                            at,
                            openingOf(
                                    tenantId,
                                    at,
                                    policies.settings(tenantId).autoClose().remindAfter()));
                    schedule(chain);
                }
            } else if (chain.isActive() && !isOwnStep(chain, to, actorId)) {
                cancelTimer(chain);
                chain.cancel();
            }
            return null;
        }));
    }

    /** The customer wrote: whatever the chain was waiting for, it has its answer. */
    void customerWrote(long tenantId, long ticketId) {
        ConcurrentChangeRetry.run(() -> access.inTenant(tenantId, () -> {
            chains.lock(ticketId).filter(WaitingChain::isActive).ifPresent(chain -> {
                cancelTimer(chain);
                chain.cancel();
            });
            return null;
        }));
    }

    /** A step's timer fired. */
    void stepDue(AutoCloseKey key) {
        ConcurrentChangeRetry.run(() -> access.inTenant(key.tenantId(), () -> {
            WaitingChain chain = chains.lock(key.ticketId()).orElse(null);
            if (chain == null || chain.episode() != key.episode() || chain.step() != key.step()) {
                return null;
            }
            TicketView ticket = queries.get(chain.ticketNumber(), Actor.system());
            if (!stillUnanswered(chain, ticket)) {
                chain.cancel();
                return null;
            }
            SlaSettings.AutoCloseTerms terms = policies.settings(key.tenantId()).autoClose();
            Instant now = clock.instant();
            switch (chain.step()) {
                case REMIND -> {
                    customers.reminder(ticket);
                    chain.next(
                            WaitingChain.Step.AWAIT_CONFIRMATION,
                            openingOf(key.tenantId(), chain.waitingSince(), terms.awaitConfirmationAfter()));
                    schedule(chain);
                }
                case AWAIT_CONFIRMATION -> {
                    tickets.changeStatus(
                            ticket.number(),
                            TicketStatus.AWAITING_CONFIRMATION,
                            "No answer from the customer for " + terms.awaitConfirmationAfter()
                                    + " working days (auto-close)",
                            Actor.system());
                    chain.next(WaitingChain.Step.CLOSE, openingOf(key.tenantId(), now, terms.closeAfter()));
                    schedule(chain);
                }
                case CLOSE -> {
                    String reason =
                            "Not confirmed or reopened for " + terms.closeAfter() + " working days (auto-close)";
                    tickets.changeStatus(ticket.number(), TicketStatus.RESOLVED, reason, Actor.system());
                    tickets.changeStatus(ticket.number(), TicketStatus.CLOSED, reason, Actor.system());
                    chain.next(WaitingChain.Step.DONE, null);
                }
                case DONE, CANCELLED -> {}
            }
            return null;
        }));
    }

    /** Whether the ticket is where the step expects it and the customer has not written since the wait began. */
    private boolean stillUnanswered(WaitingChain chain, TicketView ticket) {
        TicketStatus expected = chain.step() == WaitingChain.Step.CLOSE
                ? TicketStatus.AWAITING_CONFIRMATION
                : TicketStatus.WAITING_CUSTOMER;
        boolean customerWrote = queries.messages(ticket.number(), Actor.system()).stream()
                .anyMatch(m -> m.fromCustomer()
                        && m.kind() == MessageKind.PUBLIC_REPLY
                        && m.createdAt().isAfter(chain.waitingSince()));
        return ticket.status() == expected && !customerWrote;
    }

    /** The system's own move to awaiting confirmation is the chain going on, not a reason to stop. */
    private static boolean isOwnStep(WaitingChain chain, TicketStatus to, @Nullable Long actorId) {
        return chain.step() == WaitingChain.Step.CLOSE && to == TicketStatus.AWAITING_CONFIRMATION && actorId == null;
    }

    /** The desk's opening on the {@code workingDays}-th working day after the day of {@code from}. */
    private Instant openingOf(long tenantId, Instant from, int workingDays) {
        BusinessCalendar calendar = calendars.ofTenant(tenantId);
        LocalDate day = calendar.plusBusinessDays(LocalDate.ofInstant(from, calendar.zone()), workingDays);
        return calendar.nextOpening(day.atStartOfDay(calendar.zone()).toInstant())
                .orElseThrow();
    }

    private WaitingChain lockOrCreate(long ticketId, long tenantId, String number, Instant at) {
        return chains.lock(ticketId)
                .orElseGet(() -> chains.saveAndFlush(new WaitingChain(ticketId, tenantId, number, at)));
    }

    private void schedule(WaitingChain chain) {
        timers.schedule(TIMER, AutoCloseKey.of(chain).id(), chain.nextAt());
    }

    private void cancelTimer(WaitingChain chain) {
        if (chain.isActive()) {
            timers.cancel(TIMER, AutoCloseKey.of(chain).id());
        }
    }
}

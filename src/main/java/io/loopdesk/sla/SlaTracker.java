package io.loopdesk.sla;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.jdbc.ConcurrentChangeRetry;
import io.loopdesk.sla.calendar.BusinessCalendar;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.clock.Breach;
import io.loopdesk.sla.clock.BreachMetrics;
import io.loopdesk.sla.clock.BreachRepository;
import io.loopdesk.sla.clock.Budget;
import io.loopdesk.sla.clock.ClockReplay;
import io.loopdesk.sla.clock.ClockState;
import io.loopdesk.sla.clock.Deadline;
import io.loopdesk.sla.clock.DueClocks;
import io.loopdesk.sla.clock.SlaClock;
import io.loopdesk.sla.clock.SlaClockRepository;
import io.loopdesk.sla.policy.PolicyName;
import io.loopdesk.sla.policy.SlaPolicies;
import io.loopdesk.sla.policy.SlaPolicy;
import io.loopdesk.sla.policy.SlaSettings;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.TicketTimeline;
import io.loopdesk.ticket.view.TicketView;
import io.loopdesk.ticket.view.TimelineEntry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps a ticket's SLA clocks true: on every ticket event and every SLA timer it locks the ticket's SLA row (a
 * ticket being registered gets its row then, with nothing to lock), replays the ticket's trail ({@link
 * ClockReplay}), stores the clocks with the next moment each waits for, records breaches, settles outcomes ({@link
 * SlaOutcomes}) and sends warnings. Everything for one ticket happens in one transaction, so a clock, its next
 * moment, its outcomes and its notices commit together or not at all; the row lock makes replays of one ticket take
 * turns on every node, so a cycle is settled once however often it is replayed.
 *
 * <p>Moments that arrive with no event (a warning time, a due time) are found by the sweep ({@link #workOffDue}),
 * which replays the tickets of many due clocks in one transaction: a burst of 10,000 due clocks is a hundred
 * transactions with a few queries each, not 10,000 timers with a dozen queries and three transactions apiece.
 */
@Component
public class SlaTracker {

    private static final Logger log = LoggerFactory.getLogger(SlaTracker.class);

    /** Tickets replayed together in one transaction by the sweep. */
    private static final int BATCH = 100;

    /** Due clocks the sweep looks at to find the tenants with work. */
    private static final int SCAN = 1_000;

    private final SlaTicketRepository tracked;
    private final SlaClockRepository clocks;
    private final BreachRepository breaches;
    private final TicketQueries queries;
    private final Tickets tickets;
    private final SlaPolicies policies;
    private final Calendars calendars;
    private final Tenants tenants;
    private final TrailReader trails;
    private final DueClocks due;
    private final StaffNotices notices;
    private final SlaAccess access;
    private final EntityManager entities;
    private final BreachMetrics metrics;
    private final SlaOutcomes outcomes;
    private final Clock clock;
    private final Duration retry;

    SlaTracker(
            SlaTicketRepository tracked,
            SlaClockRepository clocks,
            BreachRepository breaches,
            TicketQueries queries,
            Tickets tickets,
            SlaPolicies policies,
            Calendars calendars,
            Tenants tenants,
            TrailReader trails,
            DueClocks due,
            StaffNotices notices,
            SlaAccess access,
            EntityManager entities,
            BreachMetrics metrics,
            SlaOutcomes outcomes,
            SlaProperties properties,
            Clock clock) {
        this.tracked = tracked;
        this.clocks = clocks;
        this.breaches = breaches;
        this.queries = queries;
        this.tickets = tickets;
        this.policies = policies;
        this.calendars = calendars;
        this.tenants = tenants;
        this.trails = trails;
        this.due = due;
        this.notices = notices;
        this.access = access;
        this.entities = entities;
        this.metrics = metrics;
        this.outcomes = outcomes;
        this.clock = clock;
        this.retry = properties.timerRetry();
    }

    /** Something happened to the ticket: bring its clocks up to date. */
    void refresh(long tenantId, long ticketId, String number) {
        ConcurrentChangeRetry.run(() -> access.inTenant(tenantId, () -> {
            update(ticketId, number, Cause.EVENT);
            return null;
        }));
    }

    /**
     * The ticket is being registered, in the caller's transaction: its clocks start with it. Nothing has happened
     * to it yet but its opening, so there is no trail to read; whatever happens next comes as its own event.
     */
    void start(long ticketId, TicketView ticket) {
        access.inTenant(ticket.tenantId(), () -> track(ticketId, ticket, null, Cause.OPENING, null, null));
    }

    /** The ticket's urgency or category changed: its targets are chosen again by the current policy. */
    void retarget(long tenantId, long ticketId, String number) {
        ConcurrentChangeRetry.run(() -> access.inTenant(tenantId, () -> {
            update(ticketId, number, Cause.RETARGET);
            return null;
        }));
    }

    /**
     * Works off every clock due by now that no other transaction holds: warnings sent, breaches recorded, each due
     * clock waiting for its next moment. Tickets are replayed a batch of one tenant's at a time, in one transaction;
     * if a batch fails, its tickets are tried one by one, and a ticket that fails on its own is tried again after
     * {@code loopdesk.sla.timer-retry}, so one broken ticket holds up nobody else.
     *
     * @param slice how many tickets to replay at most before returning, so a sweep hands its turn back and sweeps
     *     on other nodes get theirs
     * @return whether it stopped at the slice's end with clocks possibly still due
     */
    public boolean workOffDue(int slice) {
        int total = 0;
        while (total < slice) {
            Instant now = clock.instant();
            int round = 0;
            for (long tenantId : due.tenants(now, SCAN)) {
                round += workOffDue(tenantId, now);
            }
            if (round == 0) {
                // nothing due, or all of it held by other sweeps or by events replaying those tickets right now
                return false;
            }
            total += round;
        }
        return true;
    }

    private int workOffDue(long tenantId, Instant now) {
        try {
            return access.inTenant(tenantId, () -> {
                List<Long> ids = due.claim(tenantId, now, BATCH);
                replay(ids, now);
                return ids.size();
            });
        } catch (RuntimeException e) {
            log.warn(
                    "Replaying a batch of due SLA clocks of tenant {} failed; trying its tickets one by one",
                    tenantId,
                    e);
            int done = 0;
            for (long ticketId : due.due(tenantId, now, BATCH)) {
                done += workOffDueAlone(tenantId, ticketId, now);
            }
            return done;
        }
    }

    private int workOffDueAlone(long tenantId, long ticketId, Instant now) {
        try {
            return ConcurrentChangeRetry.run(() -> access.inTenant(tenantId, () -> {
                if (!due.claimOne(ticketId, now)) {
                    return 0;
                }
                replay(List.of(ticketId), now);
                return 1;
            }));
        } catch (RuntimeException e) {
            log.warn("Replaying the due SLA clocks of ticket {} failed; trying again in {}", ticketId, retry, e);
            access.inTenant(tenantId, () -> {
                clocks.findByTicketIdOrderByTarget(ticketId).stream()
                        .filter(c -> c.timerAt() != null && !c.timerAt().isAfter(now))
                        .forEach(c -> c.retryAt(now.plus(retry)));
                return null;
            });
            return 1;
        }
    }

    /**
     * Replays claimed tickets (their SLA rows locked by this transaction) with one read per kind for all of them; a
     * ticket another sweep has seen to since it was found due is left as it is.
     */
    private void replay(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, TicketTimeline> timelines = queries.timelines(ids, Actor.system());
        Map<Long, List<SlaClock>> clocksOf = clocks.findByTicketIdInOrderByTicketIdAscTargetAsc(ids).stream()
                .collect(Collectors.groupingBy(SlaClock::ticketId));
        Map<Long, SlaTicket> rows = new HashMap<>(
                tracked.findAllById(ids).stream().collect(Collectors.toMap(SlaTicket::ticketId, Function.identity())));
        for (long ticketId : ids) {
            TicketTimeline found = timelines.get(ticketId);
            List<SlaClock> known = clocksOf.getOrDefault(ticketId, List.of());
            if (known.stream()
                    .noneMatch(c -> c.timerAt() != null && !c.timerAt().isAfter(now))) {
                continue;
            }
            if (found == null) {
                // the ticket is gone: nothing of it can be late any more
                log.warn("SLA clocks of ticket {} wait, but the ticket is gone; they stop waiting", ticketId);
                known.forEach(SlaClock::stopWaiting);
                continue;
            }
            track(ticketId, found.ticket(), rows.get(ticketId), Cause.EVENT, known, found.entries());
        }
    }

    private record Context(SlaTicket row, TicketView ticket, SlaSettings settings) {}

    /** Why the clocks are brought up to date. */
    private enum Cause {
        /** Something happened to the ticket, or one of its timers fired. */
        EVENT,
        /** Its urgency or category changed: the targets are chosen again. */
        RETARGET,
        /** It is being registered: nothing has happened to it yet but its opening. */
        OPENING
    }

    /** Locks, replays and stores; {@code null} if the ticket is not (or no longer) tracked. */
    private @Nullable Context update(long ticketId, @Nullable String number, Cause cause) {
        SlaTicket row = lock(ticketId);
        if (row == null && number == null) {
            return null;
        }
        return track(
                ticketId,
                queries.get(row == null ? number : row.ticketNumber(), Actor.system()),
                row,
                cause,
                null,
                null);
    }

    /**
     * Replays and stores the clocks of {@code ticket}, whose SLA row this transaction holds locked ({@code null}: not
     * tracked yet; a ticket being registered exists only in this transaction, so there is nothing to lock).
     */
    private Context track(
            long ticketId,
            TicketView ticket,
            @Nullable SlaTicket locked,
            Cause cause,
            @Nullable List<SlaClock> known,
            @Nullable List<TimelineEntry> timeline) {
        SlaTicket row = locked;
        SlaSettings settings = policies.settings(ticket.tenantId());
        BusinessCalendar calendar = calendars.ofTeam(ticket.tenantId(), ticket.teamId());
        List<SlaClock> ticketClocks;
        if (cause == Cause.OPENING) {
            row = new SlaTicket(ticketId, ticket.tenantId(), ticket.number(), settings.policy(), clock.instant());
            entities.persist(row);
            ticketClocks = budget(row, List.of(), ticket, settings, calendar);
        } else if (row == null) {
            boolean first = tracked.startTracking(
                            ticketId,
                            ticket.tenantId(),
                            ticket.number(),
                            settings.policy().name(),
                            clock.instant())
                    == 1;
            // a row this transaction inserted is locked by it already; one another transaction inserted is not
            row = first ? entities.find(SlaTicket.class, ticketId) : lock(ticketId);
            ticketClocks = first
                    ? budget(row, List.of(), ticket, settings, calendar)
                    : clocks.findByTicketIdOrderByTarget(ticketId);
        } else if (cause == Cause.RETARGET) {
            row.retargeted(settings.policy());
            ticketClocks = budget(row, clocks.findByTicketIdOrderByTarget(ticketId), ticket, settings, calendar);
        } else {
            ticketClocks = known != null ? known : clocks.findByTicketIdOrderByTarget(ticketId);
        }
        Map<SlaTarget, Budget> budgets = new EnumMap<>(SlaTarget.class);
        ticketClocks.forEach(c -> budgets.put(c.target(), c.budget()));
        TicketTrail trail = cause == Cause.OPENING
                ? new TicketTrail(ticket.registeredAt(), List.of())
                : timeline != null ? trails.read(ticket, timeline) : trails.read(ticket);
        ClockReplay.Replayed replayed = ClockReplay.of(budgets, trail, calendar, settings.clocks());
        Map<SlaTarget, ClockState> states = replayed.states();
        Context context = new Context(row, ticket, settings);
        Instant now = clock.instant();
        for (SlaClock c : ticketClocks) {
            ClockState state = states.get(c.target());
            if (state != null) {
                c.apply(state);
            }
            c.waitForNext();
            if (!c.isStored()) {
                // stored with its first times, so it is one insert rather than an insert and an update
                entities.persist(c);
            }
            if (state != null) {
                for (ClockReplay.Stop stop : replayed.stopsOf(c.target())) {
                    settle(context, c, stop);
                }
                // a running cycle past its due time, or a stopped one found late only now (its budget was cut after
                // it stopped; its outcome stands); a breach needs no warning after it
                if (c.isBreached(now)) {
                    recordBreach(context, c);
                } else if (c.needsWarning(now)) {
                    c.warned();
                    notices.warning(ticket, c, settings.clocks().warnAtPercent(), now);
                }
                c.waitForNext();
                if (c.target() == SlaTarget.RESOLUTION
                        && c.phase() == ClockState.Phase.RUNNING
                        && c.dueAt() != null
                        && !c.dueAt().equals(ticket.resolutionDueAt())) {
                    tickets.recordResolutionDue(
                            ticket.number(),
                            c.dueAt(),
                            "SLA " + settings.policy() + ", "
                                    + c.budget().basis().name().toLowerCase(Locale.ROOT) + " time",
                            Actor.system());
                }
            }
            if (c.timerAt() != null && !c.timerAt().isAfter(now)) {
                // cannot happen by the rules above; were it to, the sweep would take this clock again and again
                log.warn(
                        "SLA clock {} of ticket {} would wait for a moment past; it waits {} more",
                        c.target(),
                        ticket.number(),
                        retry);
                c.retryAt(now.plus(retry));
            }
        }
        return context;
    }

    /**
     * The ticket's SLA row, locked until the transaction ends (the clocks of one ticket change one transaction at a
     * time); loaded by id rather than by a query, which Hibernate would translate anew each time under the tenant
     * filter.
     */
    private @Nullable SlaTicket lock(long ticketId) {
        return entities.find(SlaTicket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Gives the ticket a clock for each target its policy sets, with the time it allows.
     *
     * @param current the ticket's clocks so far
     * @return the ticket's clocks, in target order; new ones are not stored yet
     */
    private List<SlaClock> budget(
            SlaTicket row, List<SlaClock> current, TicketView ticket, SlaSettings settings, BusinessCalendar calendar) {
        TicketFacts facts = new TicketFacts(
                tenants.byId(ticket.tenantId()).orElseThrow().plan(), ticket.urgency(), ticket.category());
        Map<SlaTarget, Deadline> targets = SlaPolicy.of(settings).targetsFor(facts);
        Map<SlaTarget, SlaClock> byTarget = new EnumMap<>(SlaTarget.class);
        current.forEach(c -> byTarget.put(c.target(), c));
        targets.forEach((target, deadline) -> {
            Budget budget = deadline.budgetFrom(ticket.registeredAt(), calendar);
            SlaClock existing = byTarget.get(target);
            if (existing == null) {
                byTarget.put(target, new SlaClock(row.tenantId(), row.ticketId(), target, budget));
            } else {
                existing.retarget(budget);
            }
        });
        return List.copyOf(byTarget.values());
    }

    /**
     * Settles a cycle that stopped, unless it is settled already: met when it stopped in time; missed when it stopped
     * late, which records its breach (a cycle overdue while it ran had its breach recorded by its timer, which
     * settled it then).
     */
    private void settle(Context context, SlaClock c, ClockReplay.Stop stop) {
        if (c.isSettled(stop.cycle())) {
            return;
        }
        if (stop.late()) {
            recordBreach(context, c, stop.cycle(), stop.dueAt());
        } else {
            outcomes.settle(context.row(), c, stop.cycle(), true, stop.dueAt(), stop.stoppedAt());
        }
    }

    /** Records the breach of the clock's current cycle if it is overdue or stopped late. */
    private void recordBreach(Context context, SlaClock c) {
        if (c.isBreached(clock.instant()) && c.dueAt() != null) {
            recordBreach(context, c, c.cycle(), c.dueAt());
        }
    }

    /**
     * Records the breach of {@code cycle} (once: a unique key backs that up), settles the cycle as missed, and tells
     * the assignee and supervisors.
     */
    private void recordBreach(Context context, SlaClock c, int cycle, Instant dueAt) {
        Instant now = clock.instant();
        c.breached(cycle);
        TicketView ticket = context.ticket();
        breaches.save(new Breach(
                context.row(),
                c,
                cycle,
                dueAt,
                now,
                ticket.assigneeId(),
                ticket.teamId(),
                ticket.urgency() == Urgency.CRITICAL));
        metrics.recorded(c.target());
        outcomes.settle(context.row(), c, cycle, false, dueAt, now);
        boolean sameDayRule = context.row().policy() == PolicyName.MARKETPLACE
                && c.target() == SlaTarget.RESOLUTION
                && ticket.urgency() == Urgency.CRITICAL
                && context.settings().marketplace().criticalSameBusinessDay();
        notices.breach(ticket, c, dueAt, sameDayRule, now);
    }
}

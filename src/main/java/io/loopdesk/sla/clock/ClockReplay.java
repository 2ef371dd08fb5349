package io.loopdesk.sla.clock;

import io.loopdesk.sla.SlaTarget;
import io.loopdesk.sla.TicketTrail;
import io.loopdesk.sla.calendar.BusinessCalendar;
import io.loopdesk.sla.policy.SlaSettings;
import io.loopdesk.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Replays a ticket's trail and tells where each of its SLA clocks stands. A pure function of the trail, the
 * budgets, the calendar and the clock rules: replaying after every event gives the same answer whatever order the
 * events arrived in, and a restart loses nothing.
 *
 * <ul>
 *   <li>First response, expected resolution and resolution start when the ticket is registered; next response
 *       starts at each customer message after the first response, unless it is running already (the oldest
 *       unanswered message keeps its due time).
 *   <li>While the ticket waits for the customer every running clock pauses, if the rules say so. On resume the
 *       due time is the resume time plus the budget not yet spent: a ticket coming back from waiting is never
 *       overdue at once unless it was before it paused.
 *   <li>A staff public reply stops first and next response; an estimated completion time stops expected
 *       resolution; awaiting confirmation or resolved stops them all; reopening resumes resolution with the time it
 *       had spent; closing stops everything for good.
 * </ul>
 */
public final class ClockReplay {

    private static final Set<TicketStatus> SOLVED = Set.of(TicketStatus.AWAITING_CONFIRMATION, TicketStatus.RESOLVED);

    private final BusinessCalendar calendar;
    private final SlaSettings.ClockRules rules;
    private final Map<SlaTarget, Track> tracks = new EnumMap<>(SlaTarget.class);
    private boolean waiting;
    private boolean closed;
    private boolean answered;

    private ClockReplay(Map<SlaTarget, Budget> budgets, BusinessCalendar calendar, SlaSettings.ClockRules rules) {
        this.calendar = calendar;
        this.rules = rules;
        budgets.forEach((target, budget) -> tracks.put(target, new Track(budget)));
    }

    /** The state of each budgeted clock after the whole trail. */
    public static Map<SlaTarget, ClockState> replay(
            Map<SlaTarget, Budget> budgets,
            TicketTrail trail,
            BusinessCalendar calendar,
            SlaSettings.ClockRules rules) {
        ClockReplay replay = new ClockReplay(budgets, calendar, rules);
        replay.open(trail.openedAt());
        trail.events().forEach(replay::apply);
        Map<SlaTarget, ClockState> states = new EnumMap<>(SlaTarget.class);
        replay.tracks.forEach(
                (target, track) -> track.state(target, calendar, rules).ifPresent(s -> states.put(target, s)));
        return states;
    }

    private void open(Instant at) {
        for (SlaTarget target : Set.of(SlaTarget.FIRST_RESPONSE, SlaTarget.EXPECTED_RESOLUTION, SlaTarget.RESOLUTION)) {
            track(target).start(at);
        }
    }

    private void apply(TicketTrail.Event event) {
        if (closed) {
            return;
        }
        switch (event) {
            case TicketTrail.StatusChanged change -> status(change);
            case TicketTrail.StaffReplied reply -> {
                answered = true;
                track(SlaTarget.FIRST_RESPONSE).stop(reply.at(), calendar);
                track(SlaTarget.NEXT_RESPONSE).stop(reply.at(), calendar);
            }
            case TicketTrail.CustomerWrote message -> {
                Track next = track(SlaTarget.NEXT_RESPONSE);
                if (answered && !next.isCounting()) {
                    next.start(message.at());
                    if (waiting && rules.pauseWhileWaiting()) {
                        next.pause(message.at(), calendar);
                    }
                }
            }
            case TicketTrail.EstimateGiven estimate ->
                track(SlaTarget.EXPECTED_RESOLUTION).stop(estimate.at(), calendar);
        }
    }

    private void status(TicketTrail.StatusChanged change) {
        Instant at = change.at();
        if (change.to() == TicketStatus.CLOSED) {
            tracks.values().forEach(track -> track.stop(at, calendar));
            closed = true;
            return;
        }
        if (SOLVED.contains(change.to())) {
            tracks.values().forEach(track -> track.stop(at, calendar));
        }
        if (change.to() == TicketStatus.IN_PROGRESS && SOLVED.contains(change.from())) {
            track(SlaTarget.RESOLUTION).resume(at);
        }
        boolean nowWaiting = change.to() == TicketStatus.WAITING_CUSTOMER;
        if (rules.pauseWhileWaiting() && nowWaiting && !waiting) {
            tracks.values().forEach(track -> track.pause(at, calendar));
        } else if (rules.pauseWhileWaiting() && waiting && !nowWaiting) {
            tracks.values().forEach(track -> track.unpause(at));
        }
        waiting = nowWaiting;
    }

    private Track track(SlaTarget target) {
        // a target the policy does not measure gets a track that is never reported
        return tracks.computeIfAbsent(target, t -> new Track(null));
    }

    /** One clock while the trail is replayed. */
    private static final class Track {
        private final @Nullable Budget budget;
        private ClockState.Phase phase;
        private boolean started;
        private int cycle;
        private Duration spent = Duration.ZERO;
        private @Nullable Instant runningSince;
        private @Nullable Instant lastDue;
        private @Nullable Instant stoppedAt;

        Track(@Nullable Budget budget) {
            this.budget = budget;
        }

        boolean isCounting() {
            return started && phase != ClockState.Phase.STOPPED;
        }

        void start(Instant at) {
            started = true;
            cycle++;
            phase = ClockState.Phase.RUNNING;
            spent = Duration.ZERO;
            runningSince = at;
            stoppedAt = null;
            lastDue = null;
        }

        void pause(Instant at, BusinessCalendar calendar) {
            if (started && phase == ClockState.Phase.RUNNING) {
                spent = spent.plus(counted(at, calendar));
                runningSince = null;
                phase = ClockState.Phase.PAUSED;
            }
        }

        void unpause(Instant at) {
            if (started && phase == ClockState.Phase.PAUSED) {
                runningSince = at;
                phase = ClockState.Phase.RUNNING;
            }
        }

        /** A stopped clock counts again, keeping what it had spent (resolution after a reopen). */
        void resume(Instant at) {
            if (started && phase == ClockState.Phase.STOPPED) {
                runningSince = at;
                stoppedAt = null;
                phase = ClockState.Phase.RUNNING;
            }
        }

        void stop(Instant at, BusinessCalendar calendar) {
            if (!started || phase == ClockState.Phase.STOPPED) {
                return;
            }
            if (phase == ClockState.Phase.RUNNING) {
                lastDue = due(calendar);
                spent = spent.plus(counted(at, calendar));
            }
            runningSince = null;
            stoppedAt = at;
            phase = ClockState.Phase.STOPPED;
        }

        private Duration counted(Instant at, BusinessCalendar calendar) {
            Duration counted = budget == null ? Duration.ZERO : budget.basis().between(calendar, runningSince, at);
            return counted.isNegative() ? Duration.ZERO : counted;
        }

        private @Nullable Instant due(BusinessCalendar calendar) {
            if (budget == null || runningSince == null) {
                return null;
            }
            Duration left = budget.amount().minus(spent);
            return left.isNegative() ? runningSince : budget.basis().plus(calendar, runningSince, left);
        }

        java.util.Optional<ClockState> state(
                SlaTarget target, BusinessCalendar calendar, SlaSettings.ClockRules rules) {
            if (budget == null || !started) {
                return java.util.Optional.empty();
            }
            Instant due = phase == ClockState.Phase.RUNNING
                    ? due(calendar)
                    : phase == ClockState.Phase.STOPPED ? lastDue : null;
            Instant warnAt = null;
            if (phase == ClockState.Phase.RUNNING) {
                Duration threshold =
                        budget.amount().multipliedBy(rules.warnAtPercent()).dividedBy(100);
                Duration left = threshold.minus(spent);
                warnAt = left.isNegative() || left.isZero()
                        ? runningSince
                        : budget.basis().plus(calendar, runningSince, left);
            }
            return java.util.Optional.of(
                    new ClockState(target, budget, phase, cycle, spent, runningSince, due, warnAt, stoppedAt));
        }
    }
}

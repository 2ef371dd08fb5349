package io.loopdesk.sla.clock;

import io.loopdesk.sla.SlaTarget;
import io.loopdesk.sla.TicketTrail;
import io.loopdesk.sla.calendar.BusinessCalendar;
import io.loopdesk.sla.policy.SlaSettings;
import io.loopdesk.ticket.value.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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
 *       resolution; awaiting confirmation or resolved stops them all; reopening starts a new cycle of resolution
 *       that keeps the time spent before (so its due time is the one it would have had, but the solving that was
 *       in time stays met, and the reopened run has its own warning and breach); closing stops everything for good.
 *   <li>The result notice starts when the ticket goes to awaiting confirmation and stops when the notice reached the
 *       customer; a customer no channel reaches, or a reopening before the notice, ends the cycle without an
 *       outcome.
 *   <li>Each stop of a cycle is kept ({@link Stop}): in time or late, with the due time it had. Settled outcomes are
 *       taken from these, so a cycle that stopped between two replays (the next one already running) is not lost.
 * </ul>
 */
public final class ClockReplay {

    private static final Set<TicketStatus> SOLVED = Set.of(TicketStatus.AWAITING_CONFIRMATION, TicketStatus.RESOLVED);

    private final BusinessCalendar calendar;
    private final SlaSettings.ClockRules rules;
    private final Map<SlaTarget, Track> tracks = new EnumMap<>(SlaTarget.class);
    private final List<Stop> stops = new ArrayList<>();
    private boolean waiting;
    private boolean closed;
    private boolean answered;

    private ClockReplay(Map<SlaTarget, Budget> budgets, BusinessCalendar calendar, SlaSettings.ClockRules rules) {
        this.calendar = calendar;
        this.rules = rules;
        budgets.forEach((target, budget) -> tracks.put(target, new Track(target, budget)));
    }

    /**
     * A cycle of a budgeted clock that stopped.
     *
     * @param dueAt when the cycle was due: its due time while it last ran (for a cycle stopped while paused, the due
     *     time it had when it paused)
     * @param late whether it had spent more than its budget when it stopped: the target was missed
     */
    public record Stop(SlaTarget target, int cycle, Instant dueAt, Instant stoppedAt, boolean late) {}

    /** The clocks after the whole trail, and every cycle that stopped on the way, in the order they stopped. */
    public record Replayed(Map<SlaTarget, ClockState> states, List<Stop> stops) {

        public Replayed {
            states = Map.copyOf(states);
            stops = List.copyOf(stops);
        }

        /** The stops of one target's clock, oldest cycle first. */
        public List<Stop> stopsOf(SlaTarget target) {
            return stops.stream().filter(s -> s.target() == target).toList();
        }
    }

    /** The state of each budgeted clock after the whole trail. */
    public static Map<SlaTarget, ClockState> replay(
            Map<SlaTarget, Budget> budgets,
            TicketTrail trail,
            BusinessCalendar calendar,
            SlaSettings.ClockRules rules) {
        return of(budgets, trail, calendar, rules).states();
    }

    /** The state of each budgeted clock after the whole trail, with the cycles that stopped on the way. */
    public static Replayed of(
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
        return new Replayed(states, replay.stops);
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
            case TicketTrail.ResultNotified told ->
                track(SlaTarget.RESULT_NOTICE).stop(told.at(), calendar);
            case TicketTrail.ResultUnreachable nobody ->
                track(SlaTarget.RESULT_NOTICE).cancel(nobody.at(), calendar);
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
            tracks.forEach((target, track) -> {
                if (target != SlaTarget.RESULT_NOTICE) {
                    track.stop(at, calendar);
                }
            });
            if (change.to() == TicketStatus.AWAITING_CONFIRMATION && !SOLVED.contains(change.from())) {
                track(SlaTarget.RESULT_NOTICE).start(at);
            }
        }
        if (change.to() == TicketStatus.IN_PROGRESS && SOLVED.contains(change.from())) {
            track(SlaTarget.RESOLUTION).reopen(at);
            // reopened before the customer was told: there is no result to tell any more
            track(SlaTarget.RESULT_NOTICE).cancel(at, calendar);
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
        return tracks.computeIfAbsent(target, t -> new Track(t, null));
    }

    /** One clock while the trail is replayed. */
    private final class Track {
        private final SlaTarget target;
        private final @Nullable Budget budget;
        private ClockState.Phase phase;
        private boolean started;
        private int cycle;
        private Duration spent = Duration.ZERO;
        private @Nullable Instant runningSince;
        private @Nullable Instant lastDue;
        private @Nullable Instant pausedDue;
        private @Nullable Instant stoppedAt;

        Track(SlaTarget target, @Nullable Budget budget) {
            this.target = target;
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
            pausedDue = null;
        }

        void pause(Instant at, BusinessCalendar calendar) {
            if (started && phase == ClockState.Phase.RUNNING) {
                pausedDue = due(calendar);
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

        /**
         * A stopped clock counts again in a new cycle, keeping what it had spent (resolution after a reopen): the
         * cycle that stopped keeps its outcome.
         */
        void reopen(Instant at) {
            if (started && phase == ClockState.Phase.STOPPED) {
                cycle++;
                runningSince = at;
                stoppedAt = null;
                lastDue = null;
                phase = ClockState.Phase.RUNNING;
            }
        }

        void stop(Instant at, BusinessCalendar calendar) {
            if (!started || phase == ClockState.Phase.STOPPED) {
                return;
            }
            Instant due = pausedDue;
            if (phase == ClockState.Phase.RUNNING) {
                lastDue = due(calendar);
                due = lastDue;
                spent = spent.plus(counted(at, calendar));
            }
            runningSince = null;
            stoppedAt = at;
            phase = ClockState.Phase.STOPPED;
            if (budget != null && due != null) {
                // late as the stored clock judges it (SlaClock#isBreached): whole seconds over the budget
                stops.add(new Stop(
                        target,
                        cycle,
                        due,
                        at,
                        spent.toSeconds() > budget.amount().toSeconds()));
            }
        }

        /** Ends the cycle without an outcome: what it measured no longer applies. */
        void cancel(Instant at, BusinessCalendar calendar) {
            if (!started || phase == ClockState.Phase.STOPPED) {
                return;
            }
            lastDue = pausedDue;
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

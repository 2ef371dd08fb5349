package io.loopdesk.sla.clock;

import io.loopdesk.shared.timer.Timers;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps a clock's timer in step with its times. A running clock waits for one moment at a time: its warning time,
 * and once the warning went out, its due time; so a new ticket's clocks cost one timer each, not two. When the
 * times move, the timers of the old generation are cancelled and the new one scheduled, in the same transaction as
 * the clock's change.
 */
@Component
public class ClockTimers {

    public static final String WARNING = "sla-warning";
    public static final String BREACH = "sla-breach";

    private final Timers timers;

    ClockTimers(Timers timers) {
        this.timers = timers;
    }

    /** A clock whose times changed; its timers were set for {@code oldGeneration} (0: it had none). */
    public record Move(SlaClock clock, int oldGeneration) {}

    /**
     * Moves the timers of the clocks of one ticket: cancels those of their old generations and schedules theirs
     * now, all at once (a new ticket's clocks get their timers in one batch).
     */
    public void moved(List<Move> moves) {
        List<Timers.Planned> planned = new ArrayList<>();
        for (Move move : moves) {
            SlaClock clock = move.clock();
            if (move.oldGeneration() > 0) {
                String old = TimerKey.of(clock, move.oldGeneration()).id();
                timers.cancel(WARNING, old);
                timers.cancel(BREACH, old);
            }
            // a generation is used once, so this id cannot exist yet
            Timers.Planned next = next(clock);
            if (next != null) {
                planned.add(next);
            }
        }
        timers.scheduleNew(planned);
    }

    /**
     * The clock's warning timer has fired: the clock now waits for its next moment, its due time once the warning
     * went out. Nothing if that timer exists already, as it does for clocks whose two timers were scheduled together
     * before clocks waited for one moment at a time.
     */
    public void warningPassed(SlaClock clock) {
        Timers.Planned next = next(clock);
        if (next != null) {
            timers.schedule(next.task(), next.instanceId(), next.at());
        }
    }

    /** The timer the clock waits for in its current generation: its warning, else its breach; none if it stands. */
    private static Timers.@Nullable Planned next(SlaClock clock) {
        String current = TimerKey.of(clock, clock.generation()).id();
        // a cycle already overdue when it starts (resolution reopened after its budget ran out) is not warned first
        if (clock.waitsForWarning()
                && clock.warnAt() != null
                && (clock.dueAt() == null || clock.warnAt().isBefore(clock.dueAt()))) {
            return new Timers.Planned(WARNING, current, clock.warnAt());
        }
        if (clock.waitsForBreach() && clock.dueAt() != null) {
            return new Timers.Planned(BREACH, current, clock.dueAt());
        }
        return null;
    }
}

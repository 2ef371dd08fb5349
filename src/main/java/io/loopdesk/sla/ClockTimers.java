package io.loopdesk.sla;

import io.loopdesk.shared.Timers;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Keeps a clock's two timers in step with its times: the warning timer at the warning time, the breach timer at
 * the due time. When the times move, the timers of the old generation are cancelled and new ones scheduled, in the
 * same transaction as the clock's change.
 */
@Component
class ClockTimers {

    static final String WARNING = "sla-warning";
    static final String BREACH = "sla-breach";

    private final Timers timers;

    ClockTimers(Timers timers) {
        this.timers = timers;
    }

    /** A clock whose times changed; its timers were set for {@code oldGeneration} (0: it had none). */
    record Move(SlaClock clock, int oldGeneration) {}

    /**
     * Moves the timers of the clocks of one ticket: cancels those of their old generations and schedules theirs
     * now, all at once (a new ticket's clocks get their four timers in one batch).
     */
    void moved(List<Move> moves) {
        List<Timers.Planned> planned = new ArrayList<>();
        for (Move move : moves) {
            SlaClock clock = move.clock();
            if (move.oldGeneration() > 0) {
                String old = TimerKey.of(clock, move.oldGeneration()).id();
                timers.cancel(WARNING, old);
                timers.cancel(BREACH, old);
            }
            // a generation is used once, so these ids cannot exist yet
            String current = TimerKey.of(clock, clock.generation()).id();
            if (clock.waitsForWarning() && clock.warnAt() != null) {
                planned.add(new Timers.Planned(WARNING, current, clock.warnAt()));
            }
            if (clock.waitsForBreach() && clock.dueAt() != null) {
                planned.add(new Timers.Planned(BREACH, current, clock.dueAt()));
            }
        }
        timers.scheduleNew(planned);
    }
}

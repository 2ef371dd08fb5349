package io.loopdesk.sla;

import io.loopdesk.shared.Timers;
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

    void moved(SlaClock clock, int oldGeneration) {
        if (oldGeneration > 0) {
            String old = TimerKey.of(clock, oldGeneration).id();
            timers.cancel(WARNING, old);
            timers.cancel(BREACH, old);
        }
        String current = TimerKey.of(clock, clock.generation()).id();
        if (clock.waitsForWarning() && clock.warnAt() != null) {
            timers.schedule(WARNING, current, clock.warnAt());
        }
        if (clock.waitsForBreach() && clock.dueAt() != null) {
            timers.schedule(BREACH, current, clock.dueAt());
        }
    }
}

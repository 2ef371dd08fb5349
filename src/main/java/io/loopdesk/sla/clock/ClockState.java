package io.loopdesk.sla.clock;

import io.loopdesk.sla.SlaTarget;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where one SLA clock stands after the ticket's trail was replayed.
 *
 * @param cycle 1 for the first run; the next-response clock counts one more for each customer message it starts on,
 *     the resolution clock one more for each reopening
 * @param spent the time counted (in the budget's kind of time) up to {@code runningSince}, or in total when paused or
 *     stopped
 * @param runningSince when the current running stretch began; {@code null} unless running
 * @param dueAt when the budget runs out: while running, and kept from the last run once stopped; {@code null} while
 *     paused (it is recomputed from the time actually spent when the clock resumes)
 * @param warnAt when the warning share of the budget is reached; {@code null} unless running
 * @param stoppedAt when the target was met (or the ticket closed); {@code null} unless stopped
 */
public record ClockState(
        SlaTarget target,
        Budget budget,
        Phase phase,
        int cycle,
        Duration spent,
        @Nullable Instant runningSince,
        @Nullable Instant dueAt,
        @Nullable Instant warnAt,
        @Nullable Instant stoppedAt) {

    /** Whether a clock counts. */
    public enum Phase {
        /** Not started yet: the next-response clock before the customer writes after the first response. */
        PENDING,
        /** Counting down. */
        RUNNING,
        /** Stopped for now, while the ticket waits for the customer; resumes. */
        PAUSED,
        /** The target was met, or the ticket was closed. */
        STOPPED
    }

    /** The budget left at {@code runningSince} (or now, when paused); negative once overdue. */
    public Duration remaining() {
        return budget.amount().minus(spent);
    }

    /** A stopped clock that ran past its budget: the target was met late. */
    public boolean metLate() {
        return phase == Phase.STOPPED && spent.compareTo(budget.amount()) > 0;
    }
}

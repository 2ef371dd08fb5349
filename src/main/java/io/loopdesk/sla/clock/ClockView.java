package io.loopdesk.sla.clock;

import io.loopdesk.sla.SlaTarget;
import io.loopdesk.sla.TimeBasis;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's SLA clock as pages and the API show it.
 *
 * @param spent the time counted before {@code runningSince} (all of it when paused or stopped)
 * @param dueAt when the target is due; {@code null} while paused
 * @param warned whether the warning went out in this cycle
 * @param breached whether this cycle's target was missed
 */
public record ClockView(
        SlaTarget target,
        TimeBasis basis,
        Duration budget,
        ClockState.Phase phase,
        int cycle,
        Duration spent,
        @Nullable Instant runningSince,
        @Nullable Instant dueAt,
        @Nullable Instant stoppedAt,
        boolean warned,
        boolean breached) {}

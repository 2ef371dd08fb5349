package io.loopdesk.sla.clock;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.loopdesk.sla.SlaProperties;
import io.loopdesk.sla.SlaTracker;
import org.springframework.stereotype.Component;

/**
 * Fires at a clock's due time. Idempotent: it replays the ticket first (a reply that arrived a moment ago counts)
 * and records a breach only if the clock still runs past its due time and this cycle's breach is not recorded yet;
 * a unique key on the breach table backs that up.
 */
@Component
public class SlaBreachTimer extends OneTimeTask<Void> {

    private final SlaTracker tracker;

    SlaBreachTimer(SlaTracker tracker, SlaProperties properties) {
        super(ClockTimers.BREACH, Void.class, new FailureHandler.OnFailureRetryLater<>(properties.timerRetry()));
        this.tracker = tracker;
    }

    @Override
    public void executeOnce(TaskInstance<Void> instance, ExecutionContext context) {
        tracker.breachDue(TimerKey.parse(instance.getId()));
    }
}

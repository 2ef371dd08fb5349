package io.loopdesk.sla.clock;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.loopdesk.sla.SlaProperties;
import io.loopdesk.sla.SlaTracker;
import org.springframework.stereotype.Component;

/**
 * Fires when a clock reaches its warning share. Idempotent: it replays the ticket first and warns only if the clock
 * still runs, is past its warning time and was not warned in this cycle.
 */
@Component
public class SlaWarningTimer extends OneTimeTask<Void> {

    private final SlaTracker tracker;

    SlaWarningTimer(SlaTracker tracker, SlaProperties properties) {
        super(ClockTimers.WARNING, Void.class, new FailureHandler.OnFailureRetryLater<>(properties.timerRetry()));
        this.tracker = tracker;
    }

    @Override
    public void executeOnce(TaskInstance<Void> instance, ExecutionContext context) {
        tracker.warningDue(TimerKey.parse(instance.getId()));
    }
}

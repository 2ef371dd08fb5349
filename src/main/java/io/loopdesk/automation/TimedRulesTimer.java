package io.loopdesk.automation;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Runs the timed rules every {@code loopdesk.automation.timed-interval}, on one node of the cluster at a time. */
@Component
class TimedRulesTimer extends RecurringTask<Void> {

    private final TimedRules timed;

    TimedRulesTimer(TimedRules timed, @Value("${loopdesk.automation.timed-interval:PT5M}") Duration interval) {
        super("automation-timed-rules", FixedDelay.of(interval), Void.class);
        this.timed = timed;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        timed.round();
    }
}

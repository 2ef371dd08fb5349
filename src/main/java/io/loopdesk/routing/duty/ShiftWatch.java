package io.loopdesk.routing.duty;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.loopdesk.routing.Shifts;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Looks for shifts with nobody on duty every {@code loopdesk.routing.shift-watch-interval}, on one node. */
@Component
public class ShiftWatch extends RecurringTask<Void> {

    private final Shifts shifts;

    ShiftWatch(Shifts shifts, @Value("${loopdesk.routing.shift-watch-interval:PT5M}") Duration interval) {
        super("routing-shift-watch", FixedDelay.of(interval), Void.class);
        this.shifts = shifts;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        shifts.watch();
    }
}

package io.loopdesk.routing.assignment;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.loopdesk.routing.TicketRouting;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives tickets nobody could take earlier another chance, every {@code loopdesk.routing.sweep-interval} on one node
 * of the cluster. Events already ask for a pass whenever an agent frees up; the sweep catches what they missed (a
 * node that stopped mid-pass, a rule changed in between).
 */
@Component
public class AssignmentSweep extends RecurringTask<Void> {

    private final TicketRouting routing;

    AssignmentSweep(TicketRouting routing, @Value("${loopdesk.routing.sweep-interval:PT30S}") Duration interval) {
        super("routing-assignment-sweep", FixedDelay.of(interval), Void.class);
        this.routing = routing;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        routing.sweep();
    }
}

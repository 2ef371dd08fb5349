package io.loopdesk.ticket.bulk;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * One slice of a bulk action, {@code {tenant}-{action}-{slice}}: due at once when the action starts and again after
 * each slice that leaves tickets. A slice lost with its node is revived by db-scheduler once the node's heartbeats
 * stop, and finds its tickets where the last finished one left them.
 */
@Component
class BulkTimer extends OneTimeTask<Void> {

    static final String TASK = "bulk-action";

    private final BulkRunner runner;

    BulkTimer(@Lazy BulkRunner runner) {
        super(TASK, Void.class, new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1)));
        this.runner = runner;
    }

    static String instanceId(long tenantId, long actionId) {
        return tenantId + "-" + actionId + "-" + UUID.randomUUID();
    }

    @Override
    public void executeOnce(TaskInstance<Void> instance, ExecutionContext context) {
        String[] parts = instance.getId().split("-", 3);
        // a node shutting down hands the rest to the next slice at once instead of holding its shutdown up
        runner.run(
                Long.parseLong(parts[0]),
                Long.parseLong(parts[1]),
                () -> !context.getSchedulerState().isShuttingDown());
    }
}

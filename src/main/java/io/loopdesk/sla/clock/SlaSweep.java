package io.loopdesk.sla.clock;

import com.github.kagkarlsson.scheduler.Clock;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.AbstractTask;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.loopdesk.shared.timer.Timers;
import io.loopdesk.sla.SlaProperties;
import io.loopdesk.sla.SlaTracker;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Finds the clocks that reached their warning or due time and has them worked off ({@link SlaTracker#workOffDue}).
 * The moments are columns of the clocks, not one timer each, so a burst of due clocks is taken a batch of tickets
 * per transaction. {@code loopdesk.sla.sweeps} executions of this task exist, each a db-scheduler timer of its own,
 * and they take disjoint tickets. A sweep works a slice of tickets per run; with clocks still due it is due again at
 * once and every node is asked to poll, so the sweeps spread over the nodes that are free instead of staying with the
 * node that polled first. A node that dies while sweeping leaves its claims to its transaction's rollback and its
 * execution to db-scheduler's dead-node rescue.
 */
@Component
public class SlaSweep extends AbstractTask<Void> implements OnStartup {

    public static final String TASK = "sla-due";

    /** Tickets a sweep replays per run: about a second's work, so the sweeps change hands often in a burst. */
    static final int SLICE = 500;

    private final SlaTracker tracker;
    private final Timers timers;
    private final Duration interval;
    private final int sweeps;

    SlaSweep(SlaTracker tracker, Timers timers, SlaProperties properties) {
        super(
                TASK,
                Void.class,
                new FailureHandler.OnFailureRetryLater<>(properties.timerRetry()),
                new DeadExecutionHandler.ReviveDeadExecution<>());
        this.tracker = tracker;
        this.timers = timers;
        this.interval = properties.sweepInterval();
        this.sweeps = properties.sweeps();
    }

    /** Creates the sweeps that do not exist yet, due at once; ones left from a larger setting sweep on too. */
    @Override
    public void onStartup(SchedulerClient scheduler, Clock clock) {
        for (int i = 0; i < Math.max(1, sweeps); i++) {
            scheduler.scheduleIfNotExists(instance(Integer.toString(i)), clock.now());
        }
    }

    /** A sweep scheduled by hand is due at once. */
    @Override
    public SchedulableInstance<Void> schedulableInstance(String id) {
        return SchedulableInstance.of(instance(id), now -> now);
    }

    @Override
    public SchedulableInstance<Void> schedulableInstance(String id, Void data) {
        return schedulableInstance(id);
    }

    @Override
    public CompletionHandler<Void> execute(TaskInstance<Void> instance, ExecutionContext context) {
        boolean more = tracker.workOffDue(SLICE);
        return (complete, operations) -> {
            if (more) {
                operations.reschedule(complete, complete.getTimeDone());
                timers.checkEverywhere();
            } else {
                operations.reschedule(complete, complete.getTimeDone().plus(interval));
            }
        };
    }
}

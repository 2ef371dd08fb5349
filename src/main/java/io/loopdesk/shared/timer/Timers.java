package io.loopdesk.shared.timer;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import io.loopdesk.shared.jdbc.ClusterSignals;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Schedules and cancels persistent timers (db-scheduler executions) for the modules. A timer scheduled inside a
 * transaction is written on that transaction's connection, so it exists exactly when the change that asked for it
 * commits. Each timer fires once across all nodes: a node takes a due execution by an optimistic update of its row,
 * and only one update wins.
 *
 * <p>Timers are identified by a task name and an instance id. Modules put the tenant and a generation into the
 * instance id, so moving a timer means scheduling a new instance and cancelling the old one: never a conflict with
 * an execution that is running at that moment (it finds nothing left to do and ends).
 */
@Component
public class Timers {

    private static final String DUE_EVERYWHERE = "timers-due";

    private final ObjectProvider<Scheduler> scheduler;
    private final ClusterSignals signals;
    private final Clock clock;

    // the scheduler is looked up lazily: it needs every task, and the tasks' handlers need this class
    Timers(ObjectProvider<Scheduler> scheduler, ClusterSignals signals, Clock clock) {
        this.scheduler = scheduler;
        this.signals = signals;
        this.clock = clock;
        signals.subscribe(DUE_EVERYWHERE, any -> scheduler.ifAvailable(Scheduler::triggerCheckForDueExecutions));
    }

    /**
     * Makes the timer fire at {@code at}; nothing if it is scheduled already. A timer due now is run right after the
     * surrounding transaction commits instead of at the next poll.
     */
    public void schedule(String task, String instanceId, Instant at) {
        scheduler.getObject().scheduleIfNotExists(new TaskInstance<>(task, instanceId), at);
        if (!at.isAfter(clock.instant())) {
            checkAfterCommit();
        }
    }

    /** A timer to schedule: a task, an instance id, and when it fires. */
    public record Planned(String task, String instanceId, Instant at) {}

    /**
     * Schedules timers whose instance ids are new by construction (they carry a generation or a new row's id), in
     * one batch and without looking each up first. A timer that exists already fails the batch, and with it the
     * surrounding transaction.
     */
    public void scheduleNew(List<Planned> timers) {
        if (timers.isEmpty()) {
            return;
        }
        scheduler
                .getObject()
                .scheduleBatch(timers.stream()
                        .<SchedulableInstance<?>>map(
                                t -> SchedulableInstance.of(new TaskInstance<>(t.task(), t.instanceId()), t.at()))
                        .toList());
        Instant now = clock.instant();
        if (timers.stream().anyMatch(t -> !t.at().isAfter(now))) {
            checkAfterCommit();
        }
    }

    /** Removes the timer if it is still waiting; one that is running or gone is left alone. */
    public void cancel(String task, String instanceId) {
        Scheduler client = scheduler.getObject();
        TaskInstanceId id = TaskInstanceId.of(task, instanceId);
        client.getScheduledExecution(id)
                .filter(execution -> !execution.isPicked())
                .ifPresent(execution -> {
                    try {
                        client.cancel(id);
                    } catch (TaskInstanceException raced) {
                        // picked or finished by a node between the look-up and the delete: it will find nothing to do
                    }
                });
    }

    /** Whether the timer is scheduled and not yet run. */
    public boolean isScheduled(String task, String instanceId) {
        return scheduler
                .getObject()
                .getScheduledExecution(TaskInstanceId.of(task, instanceId))
                .isPresent();
    }

    /** Polls for due timers now instead of at the next polling interval. */
    public void checkNow() {
        scheduler.getObject().triggerCheckForDueExecutions();
    }

    /**
     * Has every node poll for due timers now (this one at once, the others by a signal through the database): for
     * work handed back in slices, so whichever node is free takes the next one.
     */
    public void checkEverywhere() {
        signals.signal(DUE_EVERYWHERE, "");
    }

    private void checkAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    checkNow();
                }
            });
        } else {
            checkNow();
        }
    }
}

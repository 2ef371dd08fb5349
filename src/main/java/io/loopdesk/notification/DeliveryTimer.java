package io.loopdesk.notification;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import io.loopdesk.shared.TenantScope;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The timer that delivers one notification: the row in {@code scheduled_tasks} is the outbox entry's promise to be
 * tried. A failed attempt moves the same timer to its backoff time; success or giving up removes it. Runs once per
 * attempt across all nodes.
 */
@Component
class DeliveryTimer extends CustomTask<Void> {

    static final String TASK = "notification-delivery";

    private final Deliveries deliveries;

    DeliveryTimer(Deliveries deliveries) {
        super(
                TASK,
                Void.class,
                null,
                Function.identity(),
                // only an unexpected crash of the attempt itself lands here; delivery failures are rescheduled below
                new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1)),
                new DeadExecutionHandler.ReviveDeadExecution<>(),
                DEFAULT_PRIORITY);
        this.deliveries = deliveries;
    }

    @Override
    public CompletionHandler<Void> execute(TaskInstance<Void> instance, ExecutionContext context) {
        DeliveryKey key = DeliveryKey.parse(instance.getId());
        // the timer names the notification exactly, so the attempt needs no tenant filter, under which Hibernate would
        // build its loader anew for each look-up by id (its rows keep the notification's tenant)
        Instant retryAt = TenantScope.asSystem(() -> deliveries.attempt(key.notificationId()));
        if (retryAt == null) {
            return (complete, operations) -> operations.remove();
        }
        return (complete, operations) -> operations.reschedule(complete, retryAt);
    }
}

package io.loopdesk.operations.portability;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Duration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Fires on the day a tenant's scheduled erasure falls due, one per tenant ({@code <tenantId>}). */
@Component
class TenantErasureTimer extends OneTimeTask<Void> {

    private final TenantErasure erasure;

    TenantErasureTimer(@Lazy TenantErasure erasure) {
        super(TenantErasure.TIMER, Void.class, new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(30)));
        this.erasure = erasure;
    }

    @Override
    public void executeOnce(TaskInstance<Void> instance, ExecutionContext context) {
        erasure.eraseIfDue(Long.parseLong(instance.getId()));
    }
}

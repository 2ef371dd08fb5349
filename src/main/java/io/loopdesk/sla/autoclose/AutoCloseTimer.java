package io.loopdesk.sla.autoclose;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.loopdesk.sla.SlaProperties;
import org.springframework.stereotype.Component;

/**
 * Fires one step of a ticket's auto-close chain. Idempotent: a step runs only if the chain is still at that step of
 * that episode, and the ticket still unanswered where the step expects it.
 */
@Component
public class AutoCloseTimer extends OneTimeTask<Void> {

    private final AutoCloseChain chain;

    AutoCloseTimer(AutoCloseChain chain, SlaProperties properties) {
        super(AutoCloseChain.TIMER, Void.class, new FailureHandler.OnFailureRetryLater<>(properties.timerRetry()));
        this.chain = chain;
    }

    @Override
    public void executeOnce(TaskInstance<Void> instance, ExecutionContext context) {
        chain.stepDue(AutoCloseKey.parse(instance.getId()));
    }
}

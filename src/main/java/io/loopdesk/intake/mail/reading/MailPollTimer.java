package io.loopdesk.intake.mail.reading;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.loopdesk.intake.mail.MailProperties;
import org.springframework.stereotype.Component;

/**
 * Reads every enabled mailbox every {@code loopdesk.mail.poll-interval}, on one node per round; the reading leases
 * keep it apart from IDLE watchers and "read now" clicks on any node.
 */
@Component
class MailPollTimer extends RecurringTask<Void> {

    private final MailPolling polling;

    MailPollTimer(MailPolling polling, MailProperties properties) {
        super("mail-poll", FixedDelay.of(properties.pollInterval()), Void.class);
        this.polling = polling;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        polling.pollAll();
    }
}

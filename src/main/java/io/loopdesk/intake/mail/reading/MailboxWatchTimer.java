package io.loopdesk.intake.mail.reading;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.loopdesk.intake.mail.MailProperties;
import io.loopdesk.shared.jdbc.ClusterSignals;
import org.springframework.stereotype.Component;

/**
 * Every {@code loopdesk.mail.watch-interval}, on one node, tells every node to check its IDLE watchers: each node
 * holds its own connections, so each must renew its own leases ({@link MailboxWatchers}).
 */
@Component
class MailboxWatchTimer extends RecurringTask<Void> {

    static final String CHECK_WATCHERS = "mail-watchers-check";

    private final ClusterSignals signals;

    MailboxWatchTimer(ClusterSignals signals, MailProperties properties) {
        super("mail-watchers", FixedDelay.of(properties.watchInterval()), Void.class);
        this.signals = signals;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        signals.signal(CHECK_WATCHERS, "");
    }
}

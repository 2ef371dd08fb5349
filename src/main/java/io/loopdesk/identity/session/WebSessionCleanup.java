package io.loopdesk.identity.session;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Removes expired web sessions once a minute, on one node at a time like every other timer, instead of each node
 * running Spring Session's own clean-up at the same moment.
 */
@Component
class WebSessionCleanup extends RecurringTask<Void> {

    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

    WebSessionCleanup(ObjectProvider<JdbcIndexedSessionRepository> sessions) {
        super("web-session-cleanup", FixedDelay.ofMinutes(1), Void.class);
        this.sessions = sessions;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        sessions.ifAvailable(JdbcIndexedSessionRepository::cleanUpExpiredSessions);
    }
}

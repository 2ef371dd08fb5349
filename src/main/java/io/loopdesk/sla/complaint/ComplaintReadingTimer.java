package io.loopdesk.sla.complaint;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.loopdesk.sla.SlaProperties;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link ComplaintReading} every {@code loopdesk.sla.complaints.meaning-interval} on one node of the
 * cluster: how long, at most, a text waits before its meaning is read for complaint signals.
 */
@Component
class ComplaintReadingTimer extends RecurringTask<Void> {

    private final ComplaintReading reading;

    ComplaintReadingTimer(ComplaintReading reading, SlaProperties properties) {
        super("sla-complaint-reading", FixedDelay.of(properties.complaints().meaningInterval()), Void.class);
        this.reading = reading;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        reading.readAll();
    }
}

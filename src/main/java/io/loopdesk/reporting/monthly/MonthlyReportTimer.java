package io.loopdesk.reporting.monthly;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Looks every quarter of an hour whether a tenant's monthly report is due (one node at a time). */
@Component
class MonthlyReportTimer extends RecurringTask<Void> {

    private final MonthlyReportMail mail;

    MonthlyReportTimer(MonthlyReportMail mail) {
        super("reporting-monthly-mail", FixedDelay.of(Duration.ofMinutes(15)), Void.class);
        this.mail = mail;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        mail.sendWhereDue();
    }
}

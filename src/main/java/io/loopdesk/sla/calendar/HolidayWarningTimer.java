package io.loopdesk.sla.calendar;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * Once a day (00:30 UTC, on one node), tells the admins of each tenant whose calendars lack the coming year's
 * holidays, and the platform operators, once per year and tenant ({@link HolidayWarnings}).
 */
@Component
class HolidayWarningTimer extends RecurringTask<Void> {

    static final String TASK = "sla-holiday-warning";

    private final HolidayWarnings warnings;

    HolidayWarningTimer(HolidayWarnings warnings) {
        super(TASK, Schedules.daily(ZoneOffset.UTC, LocalTime.of(0, 30)), Void.class);
        this.warnings = warnings;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        warnings.warnWhereMissing();
    }
}
